import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { AnnotatieValues } from '../../src/domain/fields';
import { readDocx, writeDocx } from '../../src/document/ooxml';
import { editDocument, pandocText, setContent, squashSpace, toPlaceholder } from '../ooxml/support/docx-tools';
import { HOSTILE_FILES } from '../ooxml/support/hostile-files';
import { pasteDuplicate, removeControl, trackedRuns, wordSaved } from '../ooxml/support/word-like';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';
import { pinClock } from '../support/clock';

// Every run happens on the day the seed was written: its 2025 dates lie ahead, as they did then.
pinClock();

const SEED: AnnotatieValues = seed;
const CLEAN: AnnotatieValues = { ...SEED, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };
const GRIFFIE = { author: 'Griffie Zoetermeer', date: '2025-09-15T10:12:00Z' };
const wordDoc = (values: AnnotatieValues, edit: (xml: string) => string = (xml) => xml): Uint8Array =>
  editDocument(writeDocx(values), (xml) => wordSaved(edit(xml)));

interface JsonReport {
  readonly file: string;
  readonly ok: boolean;
  readonly values: Record<string, string>;
  readonly findings: readonly { readonly field: string | null; readonly code: string; readonly severity: string; readonly message: string; readonly suggestion?: string }[];
  readonly trackedChanges: readonly { readonly field: string; readonly type: string; readonly author: string; readonly date: string | null; readonly text: string }[];
}

async function checkJson(files: Record<string, Uint8Array>, args: readonly string[] = Object.keys(files)) {
  const fs = memoryIo(files);
  const code = await main(['check', ...args, '--json'], fs.io);
  const parsed = JSON.parse(fs.stdout()) as { reports: JsonReport[] };
  return { code, reports: parsed.reports, stderr: fs.stderr() };
}

/**
 * The "done when" documents: shaped the way Word saves them, never seen by the writer as such.
 * Each row: the document, the exit code, the findings (field:code), the tracked changes, and
 * values that must be read.
 */
describe('annotatie check on Word-shaped documents', () => {
  const scenarios: readonly {
    name: string;
    bytes: () => Uint8Array;
    exit: number;
    findings: readonly string[];
    changes?: readonly string[];
    values?: AnnotatieValues;
  }[] = [
    { name: 'a clean one', bytes: () => wordDoc(CLEAN), exit: 0, findings: [], values: CLEAN },
    {
      name: 'the seed with its e-mail typo',
      bytes: () => wordDoc(SEED),
      exit: 1,
      findings: ['ambtenaar.email:email_domain_typo'],
      values: { 'ambtenaar.email': 'a.e.de.vries@zoetemeer.nl' },
    },
    {
      name: "a griffie's tracked correction of the typo",
      bytes: () => wordDoc(SEED, (xml) => setContent(xml, 'ambtenaar.email', trackedRuns(['a.e.de.vries@zoete', { ins: 'r' }, 'meer.nl'], GRIFFIE))),
      exit: 0,
      findings: [],
      changes: ['ambtenaar.email:insert:Griffie Zoetermeer:r'],
      values: { 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' },
    },
    {
      name: 'a pasted duplicate and a removed control',
      bytes: () => wordDoc(CLEAN, (xml) => removeControl(pasteDuplicate(xml, 'raadsadviseur.email'), 'programma')),
      exit: 1,
      findings: ['programma:control_missing', 'raadsadviseur.email:control_duplicate'],
    },
    {
      name: 'placeholders: an optional field and a required one left empty',
      bytes: () =>
        wordDoc(CLEAN, (xml) => toPlaceholder(toPlaceholder(xml, 'adviesCommissie', 'Kies of typ: advies commissie'), 'toelichting.inleiding', 'Vul in: inleiding')),
      exit: 1,
      findings: ['toelichting.inleiding:required'],
      values: { adviesCommissie: '', 'toelichting.inleiding': '' },
    },
    {
      name: 'planning errors: decision before the debate, and not on a Monday',
      bytes: () => wordDoc({ ...CLEAN, 'planning.oordeelsvorming': '13-10-2025', 'planning.besluitvorming': '30-9-2025' }),
      exit: 1,
      findings: ['planning.besluitvorming:planning_order', 'planning.besluitvorming:planning_weekday'],
    },
  ];

  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    const { code, reports } = await checkJson({ 'doc.docx': scenario.bytes() });
    const [report] = reports;
    if (!report) throw new Error('no report');
    expect(code).toBe(scenario.exit);
    expect(report.ok).toBe(scenario.exit === 0);
    expect(report.findings.map((finding) => `${finding.field ?? ''}:${finding.code}`).sort()).toEqual([...scenario.findings].sort());
    expect(report.trackedChanges.map((change) => `${change.field}:${change.type}:${change.author}:${change.text}`)).toEqual(scenario.changes ?? []);
    if (scenario.values) expect(report.values).toMatchObject(scenario.values);
    for (const finding of report.findings) expect(finding.message).not.toBe('');
  });

  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('pandoc sees the values we read: %s', (_name, scenario) => {
    const bytes = scenario.bytes();
    const seen = squashSpace(pandocText(bytes, 'accept'));
    const result = readDocx(bytes);
    if (result.status !== 'annotatie') throw new Error(result.status);
    for (const value of Object.values(result.values)) for (const line of value.split('\n')) expect(seen).toContain(squashSpace(line));
  });

  it('JSON has exactly the contract fields per report (plus schema, named as in export: contract §5)', async () => {
    const { reports } = await checkJson({ 'doc.docx': wordDoc(SEED) });
    expect(Object.keys(reports[0] ?? {}).sort()).toEqual(['editedOutsidePane', 'file', 'findings', 'ok', 'schema', 'trackedChanges', 'values']);
    const exported = memoryIo({ 'doc.docx': wordDoc(SEED) });
    await main(['export', 'doc.docx', '--json'], exported.io);
    expect((reports[0] as unknown as { schema: string }).schema).toBe('annotatie-raadsvoorstel/1');
    expect((JSON.parse(exported.stdout()) as { schema: string }).schema).toBe('annotatie-raadsvoorstel/1');
    expect(reports[0]?.findings[0]).toMatchObject({ suggestion: 'a.e.de.vries@zoetermeer.nl', severity: 'error' });
  });

  it('human output: findings, tracked changes and a summary, in Dutch; English with --lang en', async () => {
    const bytes = wordDoc(SEED, (xml) => setContent(xml, 'raadsadviseur.naam', trackedRuns(['W.I. van ', { del: 'Vals' }, { ins: 'Vaals' }], GRIFFIE)));
    const nl = memoryIo({ 'doc.docx': bytes });
    expect(await main(['check', 'doc.docx'], nl.io)).toBe(1);
    expect(nl.stdout().split('\n')).toEqual([
      expect.stringMatching(/^fout\s+E-mail behandelend ambtenaar: .*zoetermeer\.nl/),
      'wijziging  Raadsadviseur: verwijderd door Griffie Zoetermeer (2025-09-15T10:12:00Z): “Vals”',
      'wijziging  Raadsadviseur: ingevoegd door Griffie Zoetermeer (2025-09-15T10:12:00Z): “Vaals”',
      'doc.docx: 1 fout, 0 waarschuwingen, 0 opmerkingen.',
      '',
    ]);
    const en = memoryIo({ 'doc.docx': bytes });
    await main(['check', 'doc.docx', '--lang', 'en'], en.io);
    expect(en.stdout()).toContain('change  Council adviser: deleted by Griffie Zoetermeer');
    expect(en.stdout()).toContain('doc.docx: 1 error, 0 warnings, 0 notes.');
  });
});

describe('annotatie check on files that are not an annotatie', () => {
  it('a Word document without annotatie: exit 2, one line', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'word-made', 'oxpt-ContentControls.docx')));
    const fs = memoryIo({ 'brief.docx': bytes });
    expect(await main(['check', 'brief.docx'], fs.io)).toBe(2);
    expect(fs.stdout()).toBe('');
    expect(fs.stderr()).toBe('annotatie: ‘brief.docx’ bevat geen annotatie (geen inhoudsbesturingselementen met de tag ‘annotatie’).\n');
  });

  it.each(HOSTILE_FILES.map((entry) => [entry.name, entry] as const))('hostile: %s → exit 2, one clear line, no stack trace', async (_name, entry) => {
    const fs = memoryIo({ 'x.docx': entry.bytes() });
    const started = performance.now();
    expect(await main(['check', 'x.docx'], fs.io)).toBe(2);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(fs.stdout()).toBe('');
    const lines = fs.stderr().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^annotatie: ‘x\.docx’ is niet te lezen: .+\.$/);
    expect(fs.stderr()).not.toMatch(/\bat .*:\d+|Error:/);
  });

  it('hostile, as JSON: the report says why, with a stable code', async () => {
    const { code, reports, stderr } = await checkJson({ 'x.docx': new TextEncoder().encode('geen zip') });
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(reports).toEqual([
      { file: 'x.docx', ok: false, values: {}, findings: [], trackedChanges: [], editedOutsidePane: [], error: { code: 'not_zip', message: '‘x.docx’ is niet te lezen: dit is geen .docx-bestand (geen zip-archief).' } },
    ]);
  });

  it('a missing file: exit 2, one line', async () => {
    const fs = memoryIo();
    expect(await main(['check', 'weg.docx'], fs.io)).toBe(2);
    expect(fs.stderr()).toBe('annotatie: ‘weg.docx’ bestaat niet.\n');
  });
});

describe('annotatie check on directories', () => {
  const files = {
    'stukken/2025/a.docx': writeDocx(CLEAN),
    'stukken/2025/~$a.docx': new TextEncoder().encode('Word lock file'),
    'stukken/2025/notities.txt': new TextEncoder().encode('geen docx'),
    'stukken/b.DOCX': writeDocx(SEED),
  };

  it('recursively, skipping Word lock files and other files (and saying so); a summary at the end; worst exit code', async () => {
    const fs = memoryIo(files);
    expect(await main(['check', 'stukken'], fs.io)).toBe(1);
    const out = fs.stdout();
    expect(out).toContain('== stukken/2025/a.docx\nstukken/2025/a.docx: geen bevindingen.\n');
    expect(out).toContain('== stukken/b.DOCX\n');
    expect(out).not.toContain('~$');
    expect(out.trimEnd().split('\n').at(-1)).toBe('2 documenten gecontroleerd: 1 zonder fouten, 1 met fouten, 0 onleesbaar of zonder annotatie.');
    expect(fs.stderr()).toBe('annotatie: overgeslagen: 1 bestand dat geen .docx is en 1 Word-vergrendelingsbestand (~$…); --json noemt ze allemaal.\n');
  });

  it('a directory without .docx files: exit 2 and a line saying so', async () => {
    const fs = memoryIo({ 'leeg/notities.txt': 'x' });
    expect(await main(['check', 'leeg'], fs.io)).toBe(2);
    expect(fs.stderr()).toBe('annotatie: in ‘leeg’ staan geen .docx-bestanden.\nannotatie: overgeslagen: 1 bestand dat geen .docx is; --json noemt ze allemaal.\n');
  });

  it('a progress bar on stderr only when it is a terminal and there are many files', async () => {
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, index) => [`map/doc${String(index).padStart(2, '0')}.docx`, writeDocx(CLEAN)]));
    const tty = memoryIo(many, { tty: true });
    expect(await main(['check', 'map'], tty.io)).toBe(0);
    expect(tty.stderr()).toContain('\r[------------------------] controleren 0/25');
    expect(tty.stderr()).toContain('controleren 24/25');
    expect(tty.stderr().endsWith('\r\x1b[K')).toBe(true);
    const pipe = memoryIo(many);
    await main(['check', 'map'], pipe.io);
    expect(pipe.stderr()).toBe('');
    const few = memoryIo({ 'map/a.docx': writeDocx(CLEAN) }, { tty: true });
    await main(['check', 'map'], few.io);
    expect(few.stderr()).toBe('');
  });
});
