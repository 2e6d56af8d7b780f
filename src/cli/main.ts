// Placeholder until the CLI lands (issue 2).
export async function main(_argv: string[]): Promise<number> {
  process.stderr.write('tls-gate: not implemented yet\n');
  return 2;
}
