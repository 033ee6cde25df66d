import { exitCodeFor, parseValuesJson, reportFindings, validate } from '../../domain';
import type { Command } from '../io';
import { EXIT } from '../io';
import { readJson, readProfile } from '../files';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { countBySeverity, findingLines } from '../report';
import { humanText, terminalSafe } from '../terminal';

/**
 * `annotatie validate VALUES.json [--profile P.json] [--json]` (contract §6): checks a flat
 * values object, no document involved. Exit 0 without error findings, 1 with, 2 when the
 * arguments or files are wrong.
 */
export const validateCommand: Command = async ({ io, args, lang }) => {
  const texts = CLI_TEXTS[lang];
  const usageError = (message: string): number => {
    io.stderr(`${terminalSafe(message)}\n\n${texts.validateUsage}\n`);
    return EXIT.usage;
  };
  const options = parseOptions(args, { flags: ['json'], values: ['profile'] });
  if (!options.ok) {
    if (options.problem === 'missing_value') return usageError(texts.missingValue(options.option));
    if (options.problem === 'repeated') return usageError(texts.repeatedOption(options.option));
    return usageError(texts.unknownOption(options.option));
  }
  const [path, ...rest] = options.positionals;
  if (path === undefined || rest.length > 0) return usageError(texts.wrongPositionals(lang === 'nl' ? 'WAARDEN.json' : 'VALUES.json'));

  const profile = await readProfile(io, options.values.get('profile'), lang);
  if (!profile.ok) {
    io.stderr(`${terminalSafe(profile.message)}\n`);
    return EXIT.usage;
  }
  const json = await readJson(io, path, lang);
  if (!json.ok) {
    io.stderr(`${terminalSafe(json.message)}\n`);
    return EXIT.usage;
  }
  if (typeof json.value !== 'object' || json.value === null || Array.isArray(json.value)) {
    io.stderr(`${terminalSafe(texts.notAnObject(path))}\n`);
    return EXIT.usage;
  }

  const read = parseValuesJson(json.value);
  const findings = [...read.findings, ...validate(read.values, profile.value)];
  if (options.flags.has('json')) {
    io.stdout(`${JSON.stringify({ findings: reportFindings(findings, lang, profile.value) }, null, 2)}\n`);
  } else {
    const lines = [...findingLines(findings, lang, profile.value), texts.summary(countBySeverity(findings), path)];
    io.stdout(humanText(lines));
  }
  return exitCodeFor(findings);
};
