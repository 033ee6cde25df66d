import { strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx, writeDocx } from '../../src/document/ooxml';
import { snapshotPartXml } from '../../src/document/shape/snapshot-part';
import type { AnnotatieValues } from '../../src/domain/fields';
import type { ValueSnapshot } from '../../src/domain/review';
import seed from '../../src/preview/seed.json';

/**
 * The .docx reader finds the snapshot of values the add-in last wrote (its own custom XML part,
 * src/document/shape/snapshot-part.ts), so `annotatie check` compares against the same thing the task
 * pane does.
 */
const SEED: AnnotatieValues = seed;

function withParts(bytes: Uint8Array, parts: Readonly<Record<string, string>>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

const snapshot = (written: string, values: ValueSnapshot['values']): ValueSnapshot => ({ version: 1, written, values });

describe('readDocx: the snapshot part', () => {
  it('is null in a document without one', () => {
    const read = readDocx(writeDocx(SEED));
    expect(read.status === 'annotatie' && read.snapshot).toBeNull();
  });

  it('is read from its customXml item, whatever its number, next to the schema part', () => {
    const written = snapshot('2025-09-22T09:30:00.000Z', { programma: 'Alle programma’s', adviesCommissie: '' });
    const read = readDocx(withParts(writeDocx(SEED), { 'customXml/item7.xml': snapshotPartXml(written) }));
    expect(read.status).toBe('annotatie');
    if (read.status !== 'annotatie') return;
    expect(read.snapshot).toEqual(written);
    expect(read.schemaVersion).toBe('annotatie-raadsvoorstel/1');
  });

  it('takes the latest of two (two panes that each added one) and skips parts that are not a snapshot', () => {
    const older = snapshot('2025-09-20T08:00:00.000Z', { programma: 'Vrije tijd' });
    const newer = snapshot('2025-09-22T09:30:00.000Z', { programma: 'Veiligheid' });
    const read = readDocx(
      withParts(writeDocx(SEED), {
        'customXml/item2.xml': snapshotPartXml(newer),
        'customXml/item3.xml': snapshotPartXml(older),
        'customXml/item4.xml': '<snapshot xmlns="urn:annotatie-raadsvoorstel:snapshot" version="9"/>',
        'customXml/item5.xml': '<not even xml',
      }),
    );
    expect(read.status === 'annotatie' && read.snapshot).toEqual(newer);
  });
});
