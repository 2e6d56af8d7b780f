// The flags of `scan` and `diagnose`, read with node:util's parseArgs, whose errors are worded for programmers
// (several lines, "ambiguous"): each is reworded as one line naming the option and what was expected. A value
// flag given twice is refused, where parseArgs would keep the last one and quietly drop the other.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError } from '../errors.js';
import { didYouMean } from '../policy/suggest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs (strict, positionals allowed) with user errors as ConfigurationErrors for `tls-gate COMMAND`. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, command: string) {
  const seeHelp = `(see tls-gate ${command} --help)`;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new ConfigurationError(`${describeParseError(error, argv, Object.keys(options))} ${seeHelp}`);
  }
  const given = new Map<string, string[]>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || options[token.name]?.type !== 'string' || options[token.name]?.multiple)
      continue;
    const values = [...(given.get(token.name) ?? []), token.value ?? ''];
    given.set(token.name, values);
    if (values.length > 1) {
      throw new ConfigurationError(
        `option --${token.name} is given more than once (${values.map((v) => JSON.stringify(v)).join(', ')}); give it once ${seeHelp}`
      );
    }
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** node:util parseArgs errors, reworded to say what was expected, on one line. */
function describeParseError(error: unknown, argv: string[], names: string[]): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = String(message ?? error);
  // Node quotes the option as '--name', '--name <value>' or '-n, --name <value>': name the long form.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(text)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return (
        unknownOption(option, argv) ??
        (option
          ? `unknown option ${option}${didYouMean(
              option,
              names.map((name) => `--${name}`)
            )}`
          : `unknown option ${JSON.stringify(firstLine(text))}`)
      );
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (option && /argument missing/.test(text)) return `option ${option} needs a value`;
      if (option && /ambiguous/.test(text)) return ambiguous(option, argv);
      if (option && /does not take an argument/.test(text)) return `option ${option} takes no value`;
      return firstLine(text);
    default:
      return firstLine(text);
  }
}

/** `--timeout -1`: parseArgs reads "-1" as an option, so --timeout has no value. Say how to give it one. */
function ambiguous(option: string, argv: string[]): string {
  const index = argv.findIndex((arg, i) => arg === option && argv[i + 1]?.startsWith('-'));
  const next = index >= 0 ? argv[index + 1] : undefined;
  if (next === undefined) return `option ${option} needs a value`;
  return `option ${option} needs a value, and ${JSON.stringify(next)} reads as an option; a value that starts with "-" is written ${option}=${next}`;
}

/** `scan -evil.example`: parseArgs names "-e"; name the whole argument, which was probably meant as a target. */
function unknownOption(option: string | undefined, argv: string[]): string | undefined {
  if (!option || option.startsWith('--')) return undefined;
  const arg = argv.find((a) => a.startsWith(option) && !a.startsWith('--') && a.length > option.length);
  if (arg === undefined) return undefined;
  return `unknown option ${JSON.stringify(arg)}; a target cannot start with "-"`;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0].replace(/\.$/, '');
}
