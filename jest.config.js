/** Jest in ESM mode (ts-jest useESM); run with NODE_OPTIONS=--experimental-vm-modules. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // Real servers on loopback: keep the number of workers modest so port use and CPU stay predictable.
  maxWorkers: 2,
  // In ESM mode every test file's modules stay loaded in its worker; recycling a worker past this heap keeps
  // the end-of-run teardown within jest's allowance (otherwise: "a worker process has failed to exit").
  workerIdleMemoryLimit: '250MB'
};
