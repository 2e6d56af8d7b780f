// Kept in step with package.json by __tests__/version.test.ts.
export const TOOL_NAME = 'tls-gate' as const;
export const TOOL_VERSION = '0.1.0';
