// Placeholder until the action lands (issue 5).
export async function run(): Promise<void> {
  process.exitCode = 1;
}
