import { strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { writeDocx } from '../../src/document/ooxml';
import { SNAPSHOT_PART_NAMESPACE, snapshotPartXml } from '../../src/document/shape/snapshot-part';
import { createWordDocument } from '../../src/document/word';
import { createFakeWord, type FakeWord } from '../../src/document/word/fake';
import type { AnnotatieValues } from '../../src/domain/fields';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';

/**
 * `annotatie check` lists the fields edited outside the pane (contract §6, `editedOutsidePane`):
 * the fields whose text differs from the snapshot the add-in stored when it last wrote them,
 * read from the same custom XML part and compared by the same domain function as the pane's.
 */
const SEED: AnnotatieValues = seed;

interface Report {
  readonly file: string;
  readonly editedOutsidePane: readonly string[];
}

async function checkJson(files: Readonly<Record<string, Uint8Array>>): Promise<readonly Report[]> {
  const fs = memoryIo(files);
  await main(['check', ...Object.keys(files), '--json'], fs.io);
  return (JSON.parse(fs.stdout()) as { reports: Report[] }).reports;
}

/** A .docx holding the fake's document and its custom XML parts, as Word would save it. */
function savedByWord(fake: FakeWord): Uint8Array {
  const files = unzipSync(writeDocx({}));
  files['word/document.xml'] = strToU8(fake.documentXml());
  fake.customXmlParts()
    .filter((part) => part.namespaceUri === SNAPSHOT_PART_NAMESPACE)
    .forEach((part, index) => {
      files[`customXml/item${index + 10}.xml`] = strToU8(part.xml);
    });
  return zipSync(files);
}

function withSnapshot(bytes: Uint8Array, values: Readonly<Record<string, string>>): Uint8Array {
  const files = unzipSync(bytes);
  files['customXml/item2.xml'] = strToU8(snapshotPartXml({ version: 1, written: '2025-09-22T09:30:00.000Z', values }));
  return zipSync(files);
}

describe('annotatie check: editedOutsidePane', () => {
  it('is empty without a snapshot', async () => {
    const [report] = await checkJson({ 'a.docx': writeDocx(SEED) });
    expect(report?.editedOutsidePane).toEqual([]);
  });

  it('lists the fields whose text differs from what the add-in wrote, in field order', async () => {
    const bytes = withSnapshot(writeDocx(SEED), { adviesCommissie: '', programma: 'Vrije tijd', onderwerp: SEED.onderwerp ?? '' });
    const [report] = await checkJson({ 'a.docx': bytes });
    expect(report?.editedOutsidePane).toEqual(['programma', 'adviesCommissie']);
  });

  it('says so in the human report, in Dutch and in English', async () => {
    const bytes = withSnapshot(writeDocx({ ...SEED, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' }), { programma: 'Vrije tijd' });
    const nl = memoryIo({ 'a.docx': bytes });
    await main(['check', 'a.docx'], nl.io);
    expect(nl.stdout()).toContain('buiten het taakvenster gewijzigd: Programma (anders dan de invoegtoepassing het schreef)\n');
    const en = memoryIo({ 'a.docx': bytes });
    await main(['check', 'a.docx', '--lang', 'en'], en.io);
    expect(en.stdout()).toContain('changed outside the pane: Programme (differs from what the add-in wrote)\n');
    const none = memoryIo({ 'b.docx': writeDocx(SEED) });
    await main(['check', 'b.docx'], none.io);
    expect(none.stdout()).not.toContain('taakvenster');
  });

  it('agrees with the task pane on a document edited in Word after the pane wrote it', async () => {
    const fake = createFakeWord({ author: 'Behandelend ambtenaar', now: () => new Date('2025-09-22T10:00:00Z') });
    const doc = createWordDocument(fake.host);
    const { adviesCommissie, ...rest } = SEED;
    await doc.insertTemplate(rest, 'start');
    fake.user.retypeControl('annotatie.raadsadviseur.naam', 'W.I. van Vaals-de Groot');
    fake.user.setTracking('TrackAll');
    fake.user.typeInControl('annotatie.adviesCommissie', adviesCommissie ?? '', { author: 'Griffie Zoetermeer' });
    const review = await doc.review();
    if (!review.ok) throw new Error(JSON.stringify(review.failure));
    expect(review.editedOutsidePane).toEqual(['raadsadviseur.naam', 'adviesCommissie']);
    const [report] = await checkJson({ 'raadsvoorstel.docx': savedByWord(fake) });
    expect(report?.editedOutsidePane).toEqual(review.editedOutsidePane);
  });

  it('does not list a field whose control is gone (control_missing says what happened)', async () => {
    const fake = createFakeWord();
    const doc = createWordDocument(fake.host);
    await doc.insertTemplate(SEED, 'start');
    fake.user.deleteControl('annotatie.programma', { unlock: true });
    const [report] = await checkJson({ 'a.docx': savedByWord(fake) });
    expect(report?.editedOutsidePane).toEqual([]);
  });
});
