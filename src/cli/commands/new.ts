import { FIELDS, exitCodeFor, isPlaceholder, parseValuesJson, reportFindings, validate } from '../../domain';
import type { AnnotatieValues, Finding } from '../../domain';
import { writeDocx } from '../../document/ooxml';
import type { Command } from '../io';
import { readJson, readProfile } from '../files';
import { readCalendar, readToday } from '../calendar-option';
import { fail, wantsJson } from '../failure';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { findingLines } from '../report';
import { humanText, terminalSafe } from '../terminal';
import { DOCX_TEXTS } from '../docx-texts';
import { writeDocument } from '../write-document';

/**
 * `annotatie new OUT.docx [--from VALUES.json] [--profile P.json] [--calendar CAL.ics]
 * [--today YYYY-MM-DD] [--force]` (contract §6; --calendar and --today as validate has them).
 * Writes the template of src/document/ooxml (the same one the Word add-in inserts), filled in
 * house style. Refuses to overwrite an existing file without --force: the target is often a
 * colleague's document with the same name. The document appears whole or not at all, and with
 * --force the old one stays until the new one is complete (atomic-write.ts), and it gets its
 * name only once it reads back as `check` would read it (write-document.ts). Exit 2 for usage or file problems; otherwise the
 * exit code of the values' findings, as validate reports them (a value of the wrong JSON type is an
 * error too); the document is written either way.
 */
export const newCommand: Command = async ({ io, args, lang }) => {
  const texts = CLI_TEXTS[lang];
  const docx = DOCX_TEXTS[lang];
  // --json is known before the options parse (or when they fail to): a script gets its JSON either way.
  const json = wantsJson(args);
  const usageError = (message: string): number => fail(io, json, { code: 'usage', message }, docx.newUsage);
  const options = parseOptions(args, { flags: ['force', 'json'], values: ['from', 'profile', 'calendar', 'today'] });
  if (!options.ok) {
    if (options.problem === 'missing_value') return usageError(texts.missingValue(options.option));
    if (options.problem === 'repeated') return usageError(texts.repeatedOption(options.option));
    return usageError(texts.unknownOption(options.option));
  }
  const [out, ...rest] = options.positionals;
  if (out === undefined || rest.length > 0) return usageError(texts.wrongPositionals(texts.operands.new));
  // A .docx under another name is not opened by Word on a double click, nor found by check DIR.
  if (!/\.docx$/i.test(out)) return usageError(docx.notDocxName(out));

  const today = readToday(options.values.get('today'), lang);
  if (!today.ok) return usageError(today.message);
  const profile = await readProfile(io, options.values.get('profile'), lang);
  if (!profile.ok) return fail(io, json, profile);
  const calendar = await readCalendar(io, options.values.get('calendar'), profile.value, lang);
  if (!calendar.ok) return fail(io, json, calendar);
  for (const note of calendar.value?.notes ?? []) io.stderr(`${terminalSafe(note)}\n`);
  let values: AnnotatieValues = {};
  let findings: readonly Finding[] = [];
  const from = options.values.get('from');
  if (from !== undefined) {
    const input = await readJson(io, from, lang);
    if (!input.ok) return fail(io, json, input);
    if (typeof input.value !== 'object' || input.value === null || Array.isArray(input.value)) {
      return fail(io, json, { code: 'not_an_object', message: texts.notAnObject(from) });
    }
    const parsed = parseValuesJson(input.value);
    values = parsed.values;
    // The same findings validate would give: the file is still written (the user wants it), but
    // the problems are printed and exit 1 says there are errors (contract §6). Without --from
    // the empty template is the point, so it is not validated.
    const context = { ...(calendar.value ? { calendar: calendar.value.calendar } : {}), ...(today.value ? { today: today.value } : {}) };
    findings = [...parsed.findings, ...validate(parsed.values, profile.value, context)];
  }
  const force = options.flags.has('force');
  // Said before any work; writeAtomically checks again at the moment the name is taken.
  if (!force && (await exists(io, out))) return fail(io, json, { code: 'file_exists', message: docx.exists(out) });
  // With the snapshot of what it wrote (as the task pane keeps one), so a field edited in Word
  // afterwards is listed as edited outside the pane by the pane and by annotatie check.
  const now = new Date();
  const failure = await writeDocument(io, out, writeDocx(values, { houseStyle: profile.value, created: now, snapshotWritten: now }), { replace: force, lang });
  if (failure !== undefined) return fail(io, json, failure);
  // A value that still reads as its placeholder is as empty as validate's `required` says.
  const filled = FIELDS.filter((field) => {
    const value = values[field.key] ?? '';
    return value.trim() !== '' && !isPlaceholder(field.key, value);
  }).length;
  if (json) {
    io.stdout(`${JSON.stringify({ file: out, findings: reportFindings(findings, lang, profile.value) }, null, 2)}\n`);
  } else {
    const lines = [...findingLines(findings, lang, profile.value), docx.written(out, filled, FIELDS.length)];
    io.stdout(humanText(lines));
  }
  return exitCodeFor(findings);
};

async function exists(io: Parameters<Command>[0]['io'], path: string): Promise<boolean> {
  try {
    await io.stat(path);
    return true;
  } catch {
    return false; // or unreachable: the write says why
  }
}
