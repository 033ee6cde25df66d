/**
 * A small argv parser shared by the commands: flags (`--json`), options with a value
 * (`--profile P.json` or `--profile=P.json`) and positionals. Expected failures are values, so a
 * command can print its usage and exit 2 without try/catch.
 */
export interface OptionSpec {
  /** Options without a value, e.g. ['json']. */
  readonly flags?: readonly string[];
  /** Options that take a value, e.g. ['profile']. */
  readonly values?: readonly string[];
}

export interface ParsedOptions {
  readonly ok: true;
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
}

export type OptionsResult = ParsedOptions | { readonly ok: false; readonly problem: 'unknown' | 'missing_value' | 'repeated'; readonly option: string };

export function parseOptions(args: readonly string[], spec: OptionSpec): OptionsResult {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  const flagNames = spec.flags ?? [];
  const valueNames = spec.values ?? [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') return { ok: false, problem: 'unknown', option: arg };
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (flagNames.includes(name) && eq === -1) {
      flags.add(name);
    } else if (valueNames.includes(name)) {
      const value = eq === -1 ? args[index + 1] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) return { ok: false, problem: 'missing_value', option: `--${name}` };
      if (values.has(name)) return { ok: false, problem: 'repeated', option: `--${name}` };
      values.set(name, value);
      if (eq === -1) index += 1;
    } else {
      return { ok: false, problem: 'unknown', option: arg };
    }
  }
  return { ok: true, positionals, flags, values };
}
