// What must not outlive the harness (CLI children, healthy servers, nginx) when it is interrupted: each part
// registers how to stop itself, and SIGINT/SIGTERM run them all before exiting.
const stoppers = new Set<() => void>();

export function onInterrupt(stop: () => void): () => void {
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}

function interrupted(signal: NodeJS.Signals): void {
  for (const stop of stoppers) {
    try {
      stop();
    } catch {
      // keep stopping the others
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

process.once('SIGINT', interrupted);
process.once('SIGTERM', interrupted);
