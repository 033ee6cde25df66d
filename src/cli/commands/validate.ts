import { exitCodeFor, parseValuesJson, reportFindings, validate } from '../../domain';
import type { Command } from '../io';
import { readJson, readProfile } from '../files';
import { readCalendar, readToday } from '../calendar-option';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { countBySeverity, findingLines } from '../report';
import { humanText, terminalSafe } from '../terminal';
import { fail, wantsJson } from '../failure';

/**
 * `annotatie validate VALUES.json [--profile P.json] [--calendar CAL.ics] [--today YYYY-MM-DD]
 * [--json]` (contract §6): checks a flat values object, no document involved. Exit 0 without
 * error findings, 1 with, 2 when the arguments or files are wrong.
 */
export const validateCommand: Command = async ({ io, args, lang }) => {
  const texts = CLI_TEXTS[lang];
  // --json is known before the options parse (or when they fail to): a script gets its JSON either way.
  const json = wantsJson(args);
  const usageError = (message: string): number => fail(io, json, { code: 'usage', message }, texts.validateUsage);
  const options = parseOptions(args, { flags: ['json'], values: ['profile', 'calendar', 'today'] });
  if (!options.ok) {
    if (options.problem === 'missing_value') return usageError(texts.missingValue(options.option));
    if (options.problem === 'repeated') return usageError(texts.repeatedOption(options.option));
    return usageError(texts.unknownOption(options.option));
  }
  const [path, ...rest] = options.positionals;
  if (path === undefined || rest.length > 0) return usageError(texts.wrongPositionals(texts.operands.validate));

  const today = readToday(options.values.get('today'), lang);
  if (!today.ok) return usageError(today.message);
  const profile = await readProfile(io, options.values.get('profile'), lang);
  if (!profile.ok) return fail(io, json, profile);
  const calendar = await readCalendar(io, options.values.get('calendar'), profile.value, lang);
  if (!calendar.ok) return fail(io, json, calendar);
  for (const note of calendar.value?.notes ?? []) io.stderr(`${terminalSafe(note)}\n`);
  const input = await readJson(io, path, lang);
  if (!input.ok) return fail(io, json, input);
  if (typeof input.value !== 'object' || input.value === null || Array.isArray(input.value)) {
    return fail(io, json, { code: 'not_an_object', message: texts.notAnObject(path) });
  }

  const read = parseValuesJson(input.value);
  const context = { ...(calendar.value ? { calendar: calendar.value.calendar } : {}), ...(today.value ? { today: today.value } : {}) };
  const findings = [...read.findings, ...validate(read.values, profile.value, context)];
  if (json) {
    io.stdout(`${JSON.stringify({ findings: reportFindings(findings, lang, profile.value) }, null, 2)}\n`);
  } else {
    const lines = [...findingLines(findings, lang, profile.value), texts.summary(countBySeverity(findings), path)];
    io.stdout(humanText(lines));
  }
  return exitCodeFor(findings);
};
