import { FIELDS, WRAPPER_TAG, WRAPPER_TITLE } from '../../src/domain/fields';
import type { AnnotatieValues } from '../../src/domain/fields';
import { placeholderFor } from '../../src/domain/placeholders';
import { packageParts, scanDocumentXml } from '../../src/document/ooxml';
import type { WriteOptions } from '../../src/document/ooxml';
import { LAYOUT, layoutFieldKeys } from '../../src/document/shape/layout';
import seed from '../../src/preview/seed.json';

const SEED: AnnotatieValues = seed;

/** word/document.xml exactly as writeDocx writes it. */
function documentXml(values: AnnotatieValues, options: WriteOptions = {}): string {
  const xml = packageParts(values, options).get('word/document.xml');
  if (xml === undefined) throw new Error('the writer wrote no word/document.xml');
  return xml;
}

/** The body's first child: the wrapper control, as the writer writes it. */
function wrapperOf(xml: string): string {
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('</w:sdt>') + '</w:sdt>'.length;
  return xml.slice(start, end);
}

/** The w:sdtPr of every control in a fragment, in document order. */
function controls(xml: string): { alias: string; tag: string; locked: boolean; placeholder: boolean }[] {
  return [...xml.matchAll(/<w:sdtPr>(.*?)<\/w:sdtPr>/g)].map((match) => {
    const pr = match[1] ?? '';
    return {
      alias: /<w:alias w:val="([^"]*)"/.exec(pr)?.[1] ?? '',
      tag: /<w:tag w:val="([^"]*)"/.exec(pr)?.[1] ?? '',
      locked: pr.includes('<w:lock w:val="sdtLocked"/>'),
      placeholder: pr.includes('<w:showingPlcHdr/>'),
    };
  });
}

describe('the layout', () => {
  it('places every field of the field table exactly once', () => {
    const keys = layoutFieldKeys(LAYOUT);
    expect([...keys].sort()).toEqual(FIELDS.map((field) => field.key).sort());
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("the writer's annotatie (word/document.xml)", () => {
  const fragment = wrapperOf(documentXml(SEED));
  const found = controls(fragment);

  it('is one block-level wrapper control that cannot be deleted', () => {
    expect(fragment.startsWith('<w:sdt><w:sdtPr>')).toBe(true);
    expect(fragment.endsWith('</w:sdtContent></w:sdt>')).toBe(true);
    expect(found[0]).toEqual({ alias: WRAPPER_TITLE, tag: WRAPPER_TAG, locked: true, placeholder: false });
  });

  it.each(FIELDS.map((field) => [field.key, field] as const))('holds %s once, tagged and titled per §2', (_key, field) => {
    const matching = found.filter((control) => control.tag === field.tag);
    expect(matching).toEqual([{ alias: field.title, tag: field.tag, locked: true, placeholder: false }]);
  });

  it('writes every empty field as its placeholder, flagged showingPlcHdr', () => {
    const empty = wrapperOf(documentXml({}));
    const fields = controls(empty).slice(1);
    expect(fields.every((control) => control.placeholder)).toBe(true);
    for (const field of FIELDS) expect(empty).toContain(`>${placeholderFor(field.key, 'nl')}</w:t>`);
  });

  it('is well-formed XML, and the reader finds the values in it', () => {
    const scan = scanDocumentXml(documentXml(SEED));
    if ('kind' in scan) throw new Error(scan.message);
    expect(scan.wrapper).toBe(true);
    expect(Object.fromEntries(scan.values)).toEqual(SEED);
  });

  it('writes values in house style unless told not to', () => {
    const typed = { 'ambtenaar.telefoon': '079-3468269', 'planning.besluitvorming': '13 oktober 2025' } as const;
    const styled = scanDocumentXml(documentXml(typed));
    const exact = scanDocumentXml(documentXml(typed, { houseStyle: false }));
    if ('kind' in styled || 'kind' in exact) throw new Error('not well-formed');
    expect(styled.values.get('ambtenaar.telefoon')).toBe('+31 79 3468269');
    expect(styled.values.get('planning.besluitvorming')).toBe('13-10-2025');
    expect(exact.values.get('ambtenaar.telefoon')).toBe('079-3468269');
  });

  it('numbers controls uniquely from idBase (§17.5.2.18)', () => {
    const ids = [...documentXml({}, { idBase: 5000 }).matchAll(/<w:id w:val="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(ids[0]).toBe(5001);
    expect(new Set(ids).size).toBe(FIELDS.length + 1);
  });
});
