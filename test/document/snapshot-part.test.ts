import fc from 'fast-check';
import { FIELDS } from '../../src/domain/fields';
import type { FieldKey } from '../../src/domain/fields';
import { comparableText } from '../../src/domain/review';
import type { ValueSnapshot } from '../../src/domain/review';
import { writableText } from '../../src/domain/text';
import { SNAPSHOT_PART_NAMESPACE, latestSnapshot, parseSnapshotPart, snapshotPartXml } from '../../src/document/shape/snapshot-part';

/**
 * The snapshot part's format (src/document/shape/snapshot-part.ts) is shared by the Word layer and the
 * .docx reader; what one writes the other must read, whatever the values hold.
 */
const snapshot: ValueSnapshot = {
  version: 1,
  written: '2025-09-22T09:30:00.000Z',
  values: { onderwerp: 'Tom & Jerry <b>"x"</b> ]]>', 'toelichting.kern': 'Eén\nTwee\tmet tab', adviesCommissie: '' },
};

describe('the snapshot part', () => {
  it('is one element per written field in its own namespace, with a version', () => {
    const xml = snapshotPartXml(snapshot);
    expect(xml).toContain(`<snapshot xmlns="${SNAPSHOT_PART_NAMESPACE}" version="1" written="2025-09-22T09:30:00.000Z" xml:space="preserve">`);
    expect(xml).toContain('<field key="onderwerp">Tom &amp; Jerry &lt;b&gt;"x"&lt;/b&gt; ]]&gt;</field>');
    expect(xml).toContain('<field key="adviesCommissie"></field>');
    expect(xml).not.toContain('key="programma"');
  });

  it('reads back what it wrote', () => {
    expect(parseSnapshotPart(snapshotPartXml(snapshot))).toEqual({ ok: true, snapshot });
  });

  it('reads back any value, as a document can hold it', () => {
    const key = fc.constantFrom(...FIELDS.map((field) => field.key));
    fc.assert(
      fc.property(fc.dictionary(key, fc.string({ unit: 'binary', maxLength: 30 })), (values) => {
        const written: ValueSnapshot = { version: 1, written: null, values: values as Partial<Record<FieldKey, string>> };
        const read = parseSnapshotPart(snapshotPartXml(written));
        if (!read.ok) throw new Error(read.detail);
        for (const [field, value] of Object.entries(values)) {
          expect(read.snapshot.values[field as FieldKey]).toBe(comparableText(writableText(value)));
        }
      }),
    );
  });

  it('reads another prefix, single quotes, a CDATA section and Word\'s own XML declaration', () => {
    const xml =
      '<?xml version="1.0" standalone="no"?>\n' +
      `<s:snapshot xmlns:s='${SNAPSHOT_PART_NAMESPACE}' version='1'>\n  <s:field key='programma'><![CDATA[Vrije <tijd>]]></s:field>\n</s:snapshot>`;
    expect(parseSnapshotPart(xml)).toEqual({ ok: true, snapshot: { version: 1, written: null, values: { programma: 'Vrije <tijd>' } } });
  });

  it('skips unknown keys, unknown elements and a second element for the same field', () => {
    const xml =
      `<snapshot xmlns="${SNAPSHOT_PART_NAMESPACE}" version="1"><field key="later.veld">x</field><extra>y</extra>` +
      '<field key="onderwerp">eerste</field><field key="onderwerp">tweede</field></snapshot>';
    expect(parseSnapshotPart(xml)).toMatchObject({ ok: true, snapshot: { values: { onderwerp: 'eerste' } } });
  });

  it.each([
    ['a newer version', `<snapshot xmlns="${SNAPSHOT_PART_NAMESPACE}" version="2"/>`, 'unsupported-version'],
    ['no version', `<snapshot xmlns="${SNAPSHOT_PART_NAMESPACE}"/>`, 'malformed'],
    ['the schema part', '<annotatie xmlns="urn:annotatie-raadsvoorstel" schema="annotatie-raadsvoorstel/1"/>', 'not-snapshot'],
    ['the right name in no namespace', '<snapshot version="1"/>', 'not-snapshot'],
    ['broken XML', `<snapshot xmlns="${SNAPSHOT_PART_NAMESPACE}" version="1"><field>`, 'malformed'],
    ['a DTD', `<!DOCTYPE x [<!ENTITY a "b">]><snapshot xmlns="${SNAPSHOT_PART_NAMESPACE}" version="1"/>`, 'malformed'],
    ['nothing', '', 'malformed'],
  ])('refuses %s without throwing', (_name, xml, reason) => {
    expect(parseSnapshotPart(xml)).toMatchObject({ ok: false, reason });
  });

  it('takes the most recently written of several valid parts', () => {
    const older = snapshotPartXml({ version: 1, written: '2025-09-01T00:00:00.000Z', values: { onderwerp: 'oud' } });
    const newer = snapshotPartXml({ version: 1, written: '2025-09-22T00:00:00.000Z', values: { onderwerp: 'nieuw' } });
    expect(latestSnapshot([newer, '<kapot', older])?.values.onderwerp).toBe('nieuw');
    expect(latestSnapshot(['<kapot'])).toBeNull();
  });
});
