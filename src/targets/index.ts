// Where targets come from: CLI arguments and the action's `hosts` input (parse.ts), and targets files (file.ts).
export {
  DEFAULT_PORT,
  defaultName,
  makeTarget,
  parseHostsInput,
  parsePort,
  parseTargetArgument
} from './parse.js';
export {
  applyResolveOptions,
  applySni,
  parseResolveOption,
  parseSniOption,
  RESOLVE_SYNTAX
} from './resolve-option.js';
export { STARTTLS_DEFAULT_PORTS, STARTTLS_SYNTAX, URL_SCHEMES, isStarttlsProtocol } from './starttls.js';
export { loadTargetsFile, parseTargetsFile, policyLocationOf } from './file.js';
export { MAX_SHARDS, parseShardSpec, shardOfName, targetsOfShard, type ShardSpec } from './shard.js';
