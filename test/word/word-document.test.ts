import { FIELDS, NVT, SCHEMA_VERSION } from '../../src/domain/fields';
import type { AnnotatieValues, FieldKey } from '../../src/domain/fields';
import { createWordDocument } from '../../src/document/word';
import { createFakeWord } from '../../src/document/word/fake';
import type { FakeWordOptions } from '../../src/document/word/fake';
import type { AnnotatieDocument, WordResult } from '../../src/document/port';
import { placeholderFor } from '../../src/domain/placeholders';
import seedJson from '../../src/preview/seed.json';

const seed: AnnotatieValues = seedJson;
const ALL_KEYS: readonly FieldKey[] = FIELDS.map((field) => field.key);
/** Every field there and empty: how both readers give an empty template (domain documentValues). */
const ALL_EMPTY: AnnotatieValues = Object.fromEntries(ALL_KEYS.map((key) => [key, '']));

function setup(options: FakeWordOptions = {}) {
  const fake = createFakeWord(options);
  const doc = createWordDocument(fake.host, { newId: () => 'doc-1' });
  return { fake, doc };
}

/** Runs one operation and asserts it took exactly `count` round trips to Word (one by default). */
async function once<T>(fake: ReturnType<typeof createFakeWord>, operation: () => Promise<WordResult<T>>, count = 1): Promise<WordResult<T>> {
  fake.resetStats();
  const result = await operation();
  expect(fake.stats().syncs).toBe(count);
  return result;
}

function ok<T>(result: WordResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.failure)}`);
  return result;
}

async function withSeed(options: FakeWordOptions = {}) {
  const { fake, doc } = setup(options);
  ok(await doc.insertTemplate(seed, 'start'));
  return { fake, doc };
}

function findingCodes(findings: readonly { field: FieldKey | null; code: string }[]) {
  return findings.map((finding) => `${finding.code}:${finding.field}`);
}

describe('detect', () => {
  it('finds nothing in an empty document, in one round trip', async () => {
    const { fake, doc } = setup();
    expect(ok(await once(fake, () => doc.detect()))).toEqual({
      ok: true,
      present: false,
      schemaVersion: null,
      fields: [],
      trackedDeletionsKnown: true,
    });
  });

  it('finds the annotatie, its schema version and all 20 fields after insert, in one round trip', async () => {
    const { fake } = await withSeed();
    const fresh = createWordDocument(fake.host);
    expect(ok(await once(fake, () => fresh.detect()))).toMatchObject({ present: true, schemaVersion: SCHEMA_VERSION, fields: ALL_KEYS });
  });

  it('reports no schema version on a WordApi 1.3 host (no custom XML parts there)', async () => {
    const { fake, doc } = setup({ wordApi: '1.3' });
    ok(await doc.insertTemplate(seed, 'start'));
    expect(ok(await once(fake, () => doc.detect()))).toMatchObject({ present: true, schemaVersion: null, trackedDeletionsKnown: false });
  });

  it('refuses to run on a host below WordApi 1.3, without a round trip', async () => {
    const { fake, doc } = setup({ wordApi: '1.2' });
    const result = await doc.detect();
    expect(result).toMatchObject({ ok: false, failure: { kind: 'notSupported' } });
    expect(fake.stats().syncs).toBe(0);
  });
});

describe('insertTemplate', () => {
  it('builds the whole annotatie in one round trip: wrapper, tags, titles, placeholders', async () => {
    const { fake, doc } = setup();
    const result = ok(await once(fake, () => doc.insertTemplate({}, 'start')));
    expect([...result.inserted].sort()).toEqual([...ALL_KEYS].sort());
    const wrapper = fake.controls('annotatie');
    expect(wrapper).toHaveLength(1);
    expect(wrapper[0]).toMatchObject({ title: 'Annotatie raadsvoorstel', cannotDelete: true, cannotEdit: false });
    for (const field of FIELDS) {
      const controls = fake.controls(field.tag);
      expect(controls).toHaveLength(1);
      // Locked against deletion as the .docx layer writes them (w:lock sdtLocked), never for editing.
      expect(controls[0]).toMatchObject({ title: field.title, placeholderText: placeholderFor(field.key), cannotDelete: true, cannotEdit: false });
      expect(() => fake.user.deleteControl(field.tag)).toThrow(/cannot be deleted/);
    }
    // An empty template reads as empty: placeholders are not values.
    expect(ok(await doc.read()).values).toEqual(ALL_EMPTY);
  });

  it('writes the planning placeholders in the profile’s date style, and reads them as empty under any', async () => {
    const fake = createFakeWord();
    const doc = createWordDocument(fake.host, { newId: () => 'doc-1', dateStyle: 'dd-mm-yyyy' });
    ok(await doc.insertTemplate({}, 'start'));
    expect(fake.controls('annotatie.planning.besluitvorming')[0]).toMatchObject({ placeholderText: 'Besluitvorming: datum (dd-mm-jjjj) of n.v.t.' });
    expect(ok(await createWordDocument(fake.host).read()).values).toEqual(ALL_EMPTY);
  });

  it('round-trips the seed: what is inserted reads back unchanged', async () => {
    const { doc } = await withSeed();
    const read = ok(await doc.read());
    expect(read.values).toEqual(seed);
    expect(read.findings).toEqual([]);
  });

  it('looks like the seed: the contact and planning tables and the headings', async () => {
    const { fake } = await withSeed();
    const text = fake.text();
    expect(text).toContain('Contactgegevens\nPortefeuillehouder:\nBehandelend ambtenaar:\nRaadsadviseur:\nRekenkamer');
    expect(text).toContain('Status inclusief voorlopige planning\nBeeldvorming\nOordeelsvorming\nBesluitvorming\nn.v.t.\n29-9-2025\n13-10-2025');
    const tables = JSON.stringify(fake.snapshot()).match(/"kind":"table"/g) ?? [];
    expect(tables).toHaveLength(2);
  });

  it('keeps existing text before and after when inserted at the cursor', async () => {
    const { fake, doc } = setup();
    fake.user.setParagraphs(['Raadsvoorstel over arbeidsmigranten', 'Slotalinea die moet blijven.']);
    fake.user.placeCursor(0);
    ok(await once(fake, () => doc.insertTemplate(seed, 'cursor')));
    const lines = fake.text().split('\n');
    expect(lines[0]).toBe('Raadsvoorstel over arbeidsmigranten');
    expect(lines[1]).toBe('Annotatie Raadsvoorstel');
    expect(lines[lines.length - 1]).toBe('Slotalinea die moet blijven.');
    expect(ok(await doc.read()).values).toEqual(seed);
  });

  it('puts the annotatie first when inserted at the start, leaving the existing text after it', async () => {
    const { fake, doc } = setup();
    fake.user.setParagraphs(['Bestaande tekst.']);
    ok(await once(fake, () => doc.insertTemplate({}, 'start')));
    const lines = fake.text().split('\n');
    expect(lines[0]).toBe('Annotatie Raadsvoorstel');
    expect(lines[lines.length - 1]).toBe('Bestaande tekst.');
  });

  it('refuses a second annotatie when the document already has one (no round trip)', async () => {
    const { fake, doc } = await withSeed();
    fake.resetStats();
    expect(await doc.insertTemplate({}, 'start')).toMatchObject({ ok: false, failure: { kind: 'alreadyPresent' } });
    expect(fake.stats().syncs).toBe(0);
    expect(fake.controls('annotatie')).toHaveLength(1);
  });

  it('after a failure halfway through the template, reports which fields made it in', async () => {
    const { fake, doc } = setup();
    fake.failAt({ operation: 60, code: 'GeneralException' });
    const result = await doc.insertTemplate(seed, 'start');
    if (result.ok) throw new Error('expected a failure');
    expect(result.failure.kind).toBe('generalException');
    expect(result.failure.written.length).toBeGreaterThan(0);
    expect(result.failure.notWritten.length).toBeGreaterThan(0);
    expect([...result.failure.written, ...result.failure.notWritten].sort()).toEqual([...ALL_KEYS].sort());
    for (const key of result.failure.written) expect(fake.controlTexts(`annotatie.${key}`)).toEqual([seed[key]]);
  });

  it('reports a protected document as accessDenied with nothing written', async () => {
    const { fake, doc } = setup();
    fake.user.setProtected(true);
    const result = await doc.insertTemplate(seed, 'start');
    expect(result).toMatchObject({ ok: false, failure: { kind: 'accessDenied', written: [] } });
    expect(fake.controls('annotatie')).toHaveLength(0);
  });
});

describe('read', () => {
  it('reports a pasted duplicate of a control, keeping the original value', async () => {
    const { fake, doc } = await withSeed();
    fake.user.pasteDuplicate('annotatie.ambtenaar.email');
    fake.user.typeInControl('annotatie.ambtenaar.email', 'iemand@elders.nl', 1);
    const read = ok(await once(fake, () => doc.read()));
    expect(findingCodes(read.findings)).toEqual(['control_duplicate:ambtenaar.email']);
    expect(read.values['ambtenaar.email']).toBe(seed['ambtenaar.email']);
  });

  it('reports a control the user deleted as control_missing', async () => {
    const { fake, doc } = await withSeed();
    fake.user.deleteControl('annotatie.programma', { unlock: true });
    const read = ok(await once(fake, () => doc.read()));
    expect(findingCodes(read.findings)).toEqual(['control_missing:programma']);
    expect(read.values.programma).toBeUndefined();
  });

  it('ignores a control that is a pending tracked deletion (WordApi 1.5)', async () => {
    const { fake, doc } = await withSeed();
    fake.user.setTracking('TrackAll');
    fake.user.deleteControl('annotatie.adviesCommissie', { unlock: true });
    expect(fake.controls('annotatie.adviesCommissie')).toHaveLength(1); // still in the document (#1299)
    // Two round trips: changes are pending since the last read, so the values must come through
    // getReviewedText per field, and the layer first learns which controls are still live.
    const read = ok(await once(fake, () => doc.read(), 2));
    expect(read.trackedDeletionsKnown).toBe(true);
    expect(read.trackingChanges).toBe(true);
    expect(findingCodes(read.findings)).toEqual(['control_missing:adviesCommissie']);
  });

  it('on a WordApi 1.4 host cannot tell a tracked deletion apart, and says so', async () => {
    const { fake, doc } = await withSeed({ wordApi: '1.4' });
    fake.user.setTracking('TrackAll');
    fake.user.deleteControl('annotatie.adviesCommissie', { unlock: true });
    const read = ok(await once(fake, () => doc.read()));
    expect(read.trackedDeletionsKnown).toBe(false);
    expect(read.findings).toEqual([]);
    // Its text is deleted (tracked), so the value reads as empty.
    expect(read.values.adviesCommissie).toBe('');
  });

  it('reads a manual line break (Shift+Enter, w:br, Word shows "\\v") as a new line', async () => {
    const { fake, doc } = await withSeed();
    fake.user.typeInControl('annotatie.medePortefeuillehouders', 'Wethouder A\vWethouder B');
    expect(ok(await doc.read()).values.medePortefeuillehouders).toBe('Wethouder A\nWethouder B');
  });

  it('still reads a protected (read-only) document', async () => {
    const { fake, doc } = await withSeed();
    fake.user.setProtected(true);
    expect(ok(await once(fake, () => doc.read())).values).toEqual(seed);
  });

  it('says there is no annotatie in a document without one', async () => {
    const { fake, doc } = setup();
    expect(await once(fake, () => doc.read())).toMatchObject({ ok: false, failure: { kind: 'noAnnotatie' } });
  });

  it('reads values with every kind of character unchanged', async () => {
    const tricky: AnnotatieValues = {
      onderwerp: 'Tom & Jerry <b>"citaat"</b> \'s-Gravenhage ]]> &amp;',
      portefeuillehouder: 'Wethouder 😀 👩🏽‍💼 ✓',
      'toelichting.inleiding': 'مرحبا بالعالم — עברית\nTweede regel\n\nNa een lege regel',
      medePortefeuillehouders: 'Eerste\nTweede\nDerde',
      'toelichting.kern': '\u00a0vaste spatie\tmet tab',
      achtergrondinformatie: NVT,
    };
    const { fake, doc } = setup();
    ok(await doc.insertTemplate(tricky, 'start'));
    const read = ok(await once(fake, () => doc.read()));
    expect(read.values).toEqual({ ...ALL_EMPTY, ...tricky });
  });
});

describe('write', () => {
  it('writes only the given fields in one round trip and never touches text outside the annotatie', async () => {
    const { fake, doc } = setup();
    fake.user.setParagraphs(['Voor', 'Na']);
    fake.user.placeCursor(0);
    ok(await doc.insertTemplate(seed, 'cursor'));
    fake.user.pasteDuplicate('annotatie.onderwerp'); // a copy outside the wrapper
    const outside = (): string[] => fake.text().split('\n').filter((line) => line === 'Voor' || line === 'Na');
    const result = ok(await once(fake, () => doc.write({ onderwerp: 'Nieuw onderwerp', 'planning.besluitvorming': '20-10-2025' })));
    expect(result).toEqual({ ok: true, written: ['onderwerp', 'planning.besluitvorming'], notWritten: [], unchanged: [], snapshotWritten: true });
    expect(fake.controlTexts('annotatie.onderwerp')).toEqual(['Nieuw onderwerp', seed.onderwerp]);
    expect(outside()).toEqual(['Voor', 'Na']);
    const read = ok(await doc.read());
    expect(read.values).toEqual({ ...seed, onderwerp: 'Nieuw onderwerp', 'planning.besluitvorming': '20-10-2025' });
  });

  it('writes multi-line rich text as paragraphs and other multi-line fields with line breaks, as the .docx layer does', async () => {
    const { fake, doc } = await withSeed();
    ok(await once(fake, () => doc.write({ medePortefeuillehouders: 'Wethouder A\nWethouder B', 'toelichting.kern': 'Eén\nTwee\nDrie' })));
    const names = fake.controls('annotatie.medePortefeuillehouders')[0];
    expect(names?.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(1);
    expect(fake.controlTexts('annotatie.medePortefeuillehouders')).toEqual(['Wethouder A\vWethouder B']);
    const kern = fake.controls('annotatie.toelichting.kern')[0];
    expect(kern?.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(3);
    const values = ok(await doc.read()).values;
    expect(values.medePortefeuillehouders).toBe('Wethouder A\nWethouder B');
    expect(values['toelichting.kern']).toBe('Eén\nTwee\nDrie');
  });

  it('with track changes on, writes show as the user\'s tracked changes and tracking stays on', async () => {
    const { fake, doc } = await withSeed({ author: 'M. Ambtenaar', now: () => new Date('2025-09-22T09:30:00Z') });
    fake.user.setTracking('TrackAll');
    ok(await once(fake, () => doc.write({ adviesCommissie: 'Voorstel agenderen als hamerstuk' })));
    expect(fake.engine.trackingMode).toBe('TrackAll');
    const runs = fake.controls('annotatie.adviesCommissie')[0]?.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : []));
    expect(runs).toEqual([
      { text: 'Voorstel agenderen als debatstuk', revision: { type: 'delete', author: 'M. Ambtenaar', date: '2025-09-22T09:30:00.000Z' } },
      { text: 'Voorstel agenderen als hamerstuk', revision: { type: 'insert', author: 'M. Ambtenaar', date: '2025-09-22T09:30:00.000Z' } },
    ]);
    expect(ok(await doc.read()).values.adviesCommissie).toBe('Voorstel agenderen als hamerstuk');
  });

  it('reports a protected document: nothing written, every field listed as not written, in Dutch', async () => {
    const { fake, doc } = await withSeed();
    ok(await doc.read());
    fake.user.setProtected(true);
    const result = await doc.write({ onderwerp: 'X', programma: 'Vrije tijd' });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'accessDenied', written: [], notWritten: ['onderwerp', 'programma'] } });
    expect(ok(await doc.read()).values.onderwerp).toBe(seed.onderwerp);
  });

  it('after a failure in the middle of a write, reports exactly what was and was not written', async () => {
    const { fake, doc } = await withSeed();
    ok(await doc.read());
    fake.resetStats();
    // Word fails the second field's text replacement; the first has been applied by then.
    fake.failAt({ location: 'ContentControl.insertText', operation: 2, code: 'GeneralException' });
    const result = await doc.write({ onderwerp: 'Eerste', portefeuillehouder: 'Tweede', programma: 'Derde' });
    expect(fake.stats().syncs).toBe(2); // the write, and the check of what landed
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'generalException', written: ['onderwerp'], notWritten: ['portefeuillehouder', 'programma'], uncertain: [] },
    });
    const values = ok(await doc.read()).values;
    expect(values.onderwerp).toBe('Eerste');
    expect(values.portefeuillehouder).toBe(seed.portefeuillehouder);
  });

  it.each([
    ['beforeApply' as const, { onderwerp: 'Eerste' }, { written: [], notWritten: ['onderwerp'] }],
    ['afterApply' as const, { onderwerp: 'Eerste' }, { written: ['onderwerp'], notWritten: [] }],
  ])('a connection dropped %s is reported with what the document really holds', async (when, changes, expected) => {
    const { fake, doc } = await withSeed();
    ok(await doc.read());
    fake.disconnect({ when });
    const result = await doc.write(changes);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'connectionLost', ...expected } });
  });

  it('when even the check fails, claims nothing as written', async () => {
    const { fake, doc } = await withSeed();
    ok(await doc.read());
    fake.disconnect({ when: 'beforeApply' });
    fake.disconnect({ when: 'beforeApply' });
    const result = await doc.write({ onderwerp: 'Eerste' });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'connectionLost', written: [], notWritten: [], uncertain: ['onderwerp'] } });
  });

  it('never writes into a control that is a pending tracked deletion', async () => {
    const { fake, doc } = await withSeed();
    fake.user.setTracking('TrackAll');
    fake.user.deleteControl('annotatie.adviesCommissie', { unlock: true });
    const deletedBefore = JSON.stringify(fake.snapshot());
    ok(await doc.read());
    const result = ok(await doc.write({ adviesCommissie: 'Terug naar de commissie' }));
    expect(result).toMatchObject({ written: [], notWritten: ['adviesCommissie'] });
    expect(JSON.stringify(fake.snapshot())).toBe(deletedBefore);
  });

  it('does not write into a field whose control is missing, and says so', async () => {
    const { fake, doc } = await withSeed();
    fake.user.deleteControl('annotatie.programma', { unlock: true });
    ok(await doc.read());
    const result = ok(await once(fake, () => doc.write({ programma: 'Vrije tijd', onderwerp: 'Nieuw' })));
    expect(result).toEqual({ ok: true, written: ['onderwerp'], notWritten: ['programma'], unchanged: [], snapshotWritten: true });
  });

  it('does not overwrite an edit made in the document since the last read with an unchanged pane value', async () => {
    const { fake, doc } = await withSeed();
    const before = ok(await doc.read()).values;
    fake.user.typeInControl('annotatie.programma', 'Vrije tijd'); // a co-author, or the user in Word
    // The pane sends everything it holds; only onderwerp was changed there.
    const result = ok(await once(fake, () => doc.write({ ...before, onderwerp: 'Nieuw onderwerp' })));
    expect(result.written).toEqual(['onderwerp']);
    expect(result.unchanged).toHaveLength(ALL_KEYS.length - 1);
    expect(ok(await doc.read()).values).toMatchObject({ onderwerp: 'Nieuw onderwerp', programma: 'Vrije tijd' });
  });

  it('skips the round trip entirely when nothing changed', async () => {
    const { fake, doc } = await withSeed();
    const values = ok(await doc.read()).values;
    fake.resetStats();
    expect(await doc.write(values)).toEqual({ ok: true, written: [], notWritten: [], unchanged: Object.keys(values) });
    expect(fake.stats().syncs).toBe(0);
  });
});

describe('select', () => {
  it('puts the cursor in the field and scrolls to it, in one round trip', async () => {
    const { fake, doc } = await withSeed();
    ok(await once(fake, () => doc.select('planning.besluitvorming')));
    expect(fake.engine.scrolledTo).toBe('annotatie.planning.besluitvorming');
    expect(fake.engine.selection.start.paragraph.runs.map((run) => run.text).join('')).toBe('13-10-2025');
    expect(fake.engine.selection.start).toEqual(fake.engine.selection.end); // a cursor, not a selection
  });

  it('reports a missing control as itemNotFound', async () => {
    const { fake, doc } = await withSeed();
    fake.user.deleteControl('annotatie.programma', { unlock: true });
    expect(await once(fake, () => doc.select('programma'))).toMatchObject({ ok: false, failure: { kind: 'itemNotFound' } });
  });
});

describe('repair', () => {
  it.each<readonly FieldKey[]>([
    ['programma'],
    ['onderwerp'],
    ['achtergrondinformatie'],
    ['toelichting.inleiding', 'toelichting.kern'],
    ['ambtenaar.email'],
    ['planning.beeldvorming', 'adviesCommissie'],
    ['aardBijeenkomst', 'programma', 'doelBespreking'],
  ])('re-creates %p in its place, in one round trip, without touching other text', async (...keys) => {
    const { fake, doc: original } = await withSeed();
    const pristine = fake.text();
    for (const key of keys) fake.user.deleteControl(`annotatie.${key}`, { unlock: true });
    const doc = createWordDocument(fake.host);
    ok(await doc.read());
    const values = Object.fromEntries(keys.map((key) => [key, seed[key] ?? '']));
    const result = ok(await once(fake, () => doc.repair(values)));
    expect([...result.recreated].sort()).toEqual([...keys].sort());
    expect(result.notRecreated).toEqual([]);
    expect(fake.text()).toBe(pristine);
    const read = ok(await original.read());
    expect(read.findings).toEqual([]);
    expect(read.values).toEqual(seed);
  });

  it('keeps the text the user left in a table cell when no value is given', async () => {
    const { fake, doc } = await withSeed();
    fake.user.deleteControl('annotatie.raadsadviseur.telefoon', { keepContent: true, unlock: true });
    ok(await doc.read());
    ok(await once(fake, () => doc.repair()));
    expect(ok(await doc.read()).values['raadsadviseur.telefoon']).toBe(seed['raadsadviseur.telefoon']);
  });

  it('cannot re-create a field whose whole table is gone, and says so', async () => {
    const { fake, doc } = await withSeed();
    for (const key of ['planning.beeldvorming', 'planning.oordeelsvorming', 'planning.besluitvorming']) fake.user.deleteControl(`annotatie.${key}`, { unlock: true });
    ok(await doc.read());
    const result = ok(await once(fake, () => doc.repair()));
    expect(result.recreated).toEqual([]);
    expect(result.notRecreated).toEqual(['planning.besluitvorming', 'planning.oordeelsvorming', 'planning.beeldvorming']);
  });
});

describe('identity', () => {
  it('is stored in the document, so a reopened pane (a new adapter) finds the same one', async () => {
    const { fake, doc } = setup();
    const id = await doc.identity();
    expect(id).toBe('doc-1');
    const reopened: AnnotatieDocument = createWordDocument(fake.host, { newId: () => 'doc-2' });
    expect(await reopened.identity()).toBe('doc-1');
    expect(fake.stats().syncs).toBe(0);
  });
  it.each([
    ['never answers', { get: () => null, set: () => undefined, saveAsync: () => undefined }],
    [
      'throws',
      {
        get: () => {
          throw new Error('settings unavailable');
        },
        set: () => {
          throw new Error('settings unavailable');
        },
        saveAsync: () => undefined,
      },
    ],
  ])('still gives an identity (for this session) when saving the settings %s', async (_name, settings) => {
    const { fake } = setup();
    const doc = createWordDocument({ ...fake.host, settings }, { newId: () => 'doc-9', settingsTimeoutMs: 5 });
    expect(await doc.identity()).toBe('doc-9');
  });
});
