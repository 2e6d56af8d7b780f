// The layer rules of src/ (docs/architecture.md draws them). Data flows one way: targets + policy -> scan (facts)
// -> evaluate (judgement) -> outputs. Every folder of src/ has a rank; a folder imports only folders of a lower
// rank, so no folder-level cycle can form and no fact layer can reach a judgement or output layer.
// Folders that share a rank (scan and targets, say) are independent of each other.
const LAYERS = [
  // The bottom: the data model and the two leaf helpers every layer may use.
  ['model', 'errors', 'version', 'runtime'],
  // input-files: the one reader of a user's file (targets, policy, CA file, stdin), bounded.
  ['yaml', 'codepoints', 'input-files'],
  // Facts.
  ['wire'],
  ['registry'],
  ['certs'],
  ['scan', 'targets'],
  ['testing'],
  // Judgement: server-configuration and reproduce lines; why a handshake fails; what each client makes of the
  // server; the policy's evaluation, the one producer of findings.
  ['remediation'],
  ['diagnose'],
  ['clients'],
  ['policy'],
  // Orchestration and outputs.
  ['settings'],
  ['pipeline'],
  ['report'],
  ['action'],
  ['demo'],
  ['cli']
];

const FACT_LAYERS = ['wire', 'codepoints', 'registry', 'certs', 'scan', 'targets'];
const JUDGEMENT_AND_OUTPUT = [
  'policy',
  'remediation',
  'clients',
  'diagnose',
  'pipeline',
  'settings',
  'report',
  'action',
  'cli',
  'demo'
];

const rankOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((folder) => [folder, rank])));
const folders = [...rankOf.keys()];
// A folder is src/NAME/ or the single file src/NAME.ts.
const at = (names) => `^src/(${names.join('|')})(/|\\.ts$)`;

const upward = folders.flatMap((folder) => {
  const higherOrSame = folders.filter((other) => other !== folder && rankOf.get(other) >= rankOf.get(folder));
  if (higherOrSame.length === 0) return [];
  return {
    name: `layer-${folder}`,
    comment: `src/${folder} may import only folders below it: ${folders.filter((o) => rankOf.get(o) < rankOf.get(folder)).join(', ') || 'none'}`,
    severity: 'error',
    from: { path: at([folder]) },
    to: { path: at(higherOrSame) }
  };
});

export default {
  forbidden: [
    {
      name: 'fact-imports-judgement-or-output',
      comment:
        'a fact layer (wire, code points, registry, certs, scan, targets) never imports judgement or outputs',
      severity: 'error',
      from: { path: at(FACT_LAYERS) },
      to: { path: at(JUDGEMENT_AND_OUTPUT) }
    },
    ...upward,
    {
      name: 'folder-without-a-layer',
      comment:
        'every folder of src/ has a place in LAYERS (.dependency-cruiser.mjs) and docs/architecture.md',
      severity: 'error',
      from: { path: '^src/', pathNot: at(folders) },
      to: {}
    },
    {
      name: 'no-circular',
      comment: 'no module imports itself through others',
      severity: 'error',
      from: {},
      to: { circular: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] }
  }
};
