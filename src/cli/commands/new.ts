import { FIELDS, exitCodeFor, isPlaceholder, parseValuesJson, reportFindings, validate } from '../../domain';
import type { AnnotatieValues, Finding } from '../../domain';
import { writeDocx } from '../../document/ooxml';
import type { Command } from '../io';
import { readJson, readProfile, systemReason } from '../files';
import { fail, wantsJson } from '../failure';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { findingLines } from '../report';
import { humanText } from '../terminal';
import { DOCX_TEXTS } from './docx-shared';

/**
 * `annotatie new OUT.docx [--from VALUES.json] [--profile P.json] [--force]` (contract §6).
 * Writes the template of src/document/ooxml (the same one the Word add-in inserts), filled in
 * house style. Refuses to overwrite an existing file without --force: the target is often a
 * colleague's document with the same name. Exit 2 for usage or file problems; otherwise the
 * exit code of the values' findings, as validate reports them (a value of the wrong JSON type is an
 * error too); the document is written either way.
 */
export const newCommand: Command = async ({ io, args, lang }) => {
  const texts = CLI_TEXTS[lang];
  const docx = DOCX_TEXTS[lang];
  // --json is known before the options parse (or when they fail to): a script gets its JSON either way.
  const json = wantsJson(args);
  const usageError = (message: string): number => fail(io, json, { code: 'usage', message }, docx.newUsage);
  const options = parseOptions(args, { flags: ['force', 'json'], values: ['from', 'profile'] });
  if (!options.ok) {
    if (options.problem === 'missing_value') return usageError(texts.missingValue(options.option));
    if (options.problem === 'repeated') return usageError(texts.repeatedOption(options.option));
    return usageError(texts.unknownOption(options.option));
  }
  const [out, ...rest] = options.positionals;
  if (out === undefined || rest.length > 0) return usageError(texts.wrongPositionals(lang === 'nl' ? 'UIT.docx' : 'OUT.docx'));
  // A .docx under another name is not opened by Word on a double click, nor found by check DIR.
  if (!/\.docx$/i.test(out)) return usageError(docx.notDocxName(out));

  const profile = await readProfile(io, options.values.get('profile'), lang);
  if (!profile.ok) return fail(io, json, profile);
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
    findings = [...parsed.findings, ...validate(parsed.values, profile.value)];
  }
  if (!options.flags.has('force') && (await exists(io, out))) return fail(io, json, { code: 'file_exists', message: docx.exists(out) });
  try {
    // With the snapshot of what it wrote (as the task pane keeps one), so a field edited in Word
    // afterwards is listed as edited outside the pane by the pane and by annotatie check.
    const now = new Date();
    await io.writeFile(out, writeDocx(values, { houseStyle: profile.value, created: now, snapshotWritten: now }));
  } catch (error) {
    return fail(io, json, { code: 'cannot_write', message: docx.cannotWrite(out, systemReason(error, lang)) });
  }
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
    await io.isDirectory(path);
    return true;
  } catch {
    return false;
  }
}
