// The policy's types live in the data model (src/model/policy.ts); re-exported here for src/policy's own files.
export * from '../model/policy.js';
