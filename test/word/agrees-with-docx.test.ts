import { FIELDS } from '../../src/domain/fields';
import type { AnnotatieValues, FieldKey } from '../../src/domain/fields';
import { scanDocumentXml } from '../../src/document/ooxml/read';
import type { DocumentScan } from '../../src/document/ooxml/read';
import { createWordDocument } from '../../src/document/word';
import { createFakeWord } from '../../src/document/word/fake';
import type { FakeWord } from '../../src/document/word/fake';
import type { AnnotatieDocument } from '../../src/document/port';
import { changesByAuthor, changesByField } from '../../src/domain/review';
import seedJson from '../../src/preview/seed.json';

/**
 * The Word layer (in Word) and the .docx layer (the CLI's `annotatie check`) must see the same
 * annotatie in the same document. The fake's document is written out as WordprocessingML and read
 * by the .docx layer's own reader; values, control counts and tracked changes must agree with
 * what the Word layer reads.
 */
const seed: AnnotatieValues = seedJson;

function scan(fake: FakeWord): DocumentScan {
  const result = scanDocumentXml(fake.documentXml());
  if ('kind' in result) throw new Error(`the .docx reader rejected the fake's XML: ${result.message}`);
  return result;
}

async function agree(fake: FakeWord, doc: AnnotatieDocument): Promise<DocumentScan> {
  const read = await doc.read();
  if (!read.ok) throw new Error(JSON.stringify(read.failure));
  const docx = scan(fake);
  const docxValues: Partial<Record<FieldKey, string>> = {};
  for (const [key, value] of docx.values) if (value !== '') docxValues[key] = value;
  expect(docxValues).toEqual(read.values);
  for (const field of FIELDS) {
    const count = docx.counts.get(field.key) ?? 0;
    const finding = read.findings.find((candidate) => candidate.field === field.key)?.code;
    expect([field.key, finding]).toEqual([field.key, count === 0 ? 'control_missing' : count > 1 ? 'control_duplicate' : undefined]);
  }
  return docx;
}

function setup() {
  const fake = createFakeWord({ author: 'M. Ambtenaar', now: () => new Date('2025-09-22T09:30:00Z') });
  return { fake, doc: createWordDocument(fake.host) };
}

describe('the Word layer and the .docx reader agree', () => {
  it('on an empty template (placeholders are no values)', async () => {
    const { fake, doc } = setup();
    await doc.insertTemplate({}, 'start');
    expect((await agree(fake, doc)).wrapper).toBe(true);
  });

  it('on the seed, inserted at the cursor between existing text', async () => {
    const { fake, doc } = setup();
    fake.user.setParagraphs(['Voor', 'Na']);
    fake.user.placeCursor(0);
    await doc.insertTemplate(seed, 'cursor');
    await agree(fake, doc);
  });

  it('on a pasted duplicate and a deleted control', async () => {
    const { fake, doc } = setup();
    await doc.insertTemplate(seed, 'start');
    fake.user.pasteDuplicate('annotatie.ambtenaar.email');
    fake.user.deleteControl('annotatie.programma', { unlock: true });
    await agree(fake, doc);
  });

  it('on a tracked deletion of a control', async () => {
    const { fake, doc } = setup();
    await doc.insertTemplate(seed, 'start');
    fake.user.setTracking('TrackAll');
    fake.user.deleteControl('annotatie.adviesCommissie', { unlock: true });
    await agree(fake, doc);
  });

  it('on writes with track changes on: same values, and the tracked changes name the user and the time', async () => {
    const { fake, doc } = setup();
    await doc.insertTemplate(seed, 'start');
    fake.user.setTracking('TrackAll');
    await doc.write({ adviesCommissie: 'Voorstel agenderen als hamerstuk', medePortefeuillehouders: 'Wethouder A\nWethouder B' });
    const docx = await agree(fake, doc);
    expect(docx.trackedChanges.filter((change) => change.field === 'adviesCommissie')).toEqual([
      { field: 'adviesCommissie', type: 'delete', author: 'M. Ambtenaar', date: '2025-09-22T09:30:00Z', text: 'Voorstel agenderen als debatstuk' },
      { field: 'adviesCommissie', type: 'insert', author: 'M. Ambtenaar', date: '2025-09-22T09:30:00Z', text: 'Voorstel agenderen als hamerstuk' },
    ]);
  });

  it('on values with every kind of character, tabs and manual line breaks', async () => {
    const { fake, doc } = setup();
    await doc.insertTemplate(
      {
        onderwerp: 'Tom & Jerry <b>"x"</b> ]]> \'s-Gravenhage',
        portefeuillehouder: 'Wethouder 😀 مرحبا עברית',
        'toelichting.kern': 'kop\tmet tab\nTweede alinea',
      },
      'start',
    );
    fake.user.typeInControl('annotatie.medePortefeuillehouders', 'Wethouder A\vWethouder B');
    await agree(fake, doc);
  });

  it('on tracked multi-paragraph writes in Word on the web\'s Simple Markup (the layer reads reviewed text)', async () => {
    const { fake, doc } = setup();
    await doc.insertTemplate(seed, 'start');
    fake.user.setTracking('TrackAll');
    await doc.read();
    await doc.write({ 'toelichting.kern': 'Eén\nTwee\nDrie', 'toelichting.inleiding': 'Korter' });
    fake.user.typeInControl('annotatie.toelichting.behandeladvies', 'Ander advies\nmet een tweede alinea', { author: 'Griffie Zoetermeer' });
    await agree(fake, doc);
  });

  it('on the tracked changes of several authors: the same changes, grouped the same way by the shared domain code', async () => {
    const { fake, doc } = setup();
    await doc.insertTemplate(seed, 'start');
    fake.user.setTracking('TrackAll');
    fake.user.editControl('annotatie.ambtenaar.email', { after: 'zoete', insert: 'r' }, { author: 'J. Jansen' });
    fake.user.typeInControl('annotatie.adviesCommissie', 'Voorstel agenderen als hamerstuk', { author: 'Griffie Zoetermeer' });
    fake.user.editControl('annotatie.programma', { find: 'Alle programma’s', replace: 'Vrije tijd' }, { author: 'Griffie Zoetermeer' });
    const docx = await agree(fake, doc);
    const review = await doc.review();
    if (!review.ok) throw new Error(JSON.stringify(review.failure));
    const shape = (changes: readonly { field: string; type: string; author: string; text: string | null }[]) =>
      changes.map((change) => `${change.field} ${change.type} ${change.author}: ${change.text}`);
    expect(shape(changesByField(docx.trackedChanges).flatMap((group) => group.changes))).toEqual(shape(review.changes));
    expect(changesByAuthor(docx.trackedChanges).map((group) => [group.author, group.fields])).toEqual(
      changesByAuthor(review.changes).map((group) => [group.author, group.fields]),
    );
  });
});
