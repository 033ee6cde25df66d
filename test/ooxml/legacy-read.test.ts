import { legacyBlocksFromXml, readLegacyDocx } from '../../src/document/ooxml/legacy-read';
import { readDocx, writeDocx } from '../../src/document/ooxml';
import { unzipParts, zipParts } from './support/docx-tools';
import { HOSTILE_FILES } from './support/hostile-files';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const body = (inner: string) => `<w:document ${W}><w:body>${inner}</w:body></w:document>`;
const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

function blocks(xml: string) {
  const read = legacyBlocksFromXml(body(xml));
  if (!read.ok) throw new Error(read.error.detail);
  return read.input.blocks;
}

describe('readLegacyDocx: the text of an old-template .docx', () => {
  it('paragraphs and table rows in document order', () => {
    expect(
      blocks(`${p(r('Contactgegevens'))}<w:tbl><w:tr><w:tc>${p(r('Portefeuillehouder:'))}</w:tc><w:tc>${p(r('Raadsadviseur:'))}</w:tc></w:tr><w:tr><w:tc>${p(r('Wethouder A'))}${p(r('Wethouder B'))}</w:tc><w:tc>${p(r('K. Smit'))}</w:tc></w:tr></w:tbl>${p(r('Aard bijeenkomst'))}`),
    ).toEqual([
      { kind: 'paragraph', text: 'Contactgegevens' },
      { kind: 'row', cells: ['Portefeuillehouder:', 'Raadsadviseur:'] },
      { kind: 'row', cells: ['Wethouder A\nWethouder B', 'K. Smit'] },
      { kind: 'paragraph', text: 'Aard bijeenkomst' },
    ]);
  });

  it('tracked changes as the current text: insertions in, deletions and deleted rows out, a deleted paragraph mark joins', () => {
    expect(
      blocks(
        `${p(`${r('Het advies')}<w:del w:id="1" w:author="G"><w:r><w:delText> was oud</w:delText></w:r></w:del><w:ins w:id="2" w:author="G">${r(' is nieuw')}</w:ins>`)}` +
          `${p(r('Een zin die '), '<w:rPr><w:del w:id="3" w:author="G"/></w:rPr>')}${p(r('doorloopt.'))}` +
          `<w:tbl><w:tr><w:trPr><w:del w:id="4" w:author="G"/></w:trPr><w:tc>${p(r('weg'))}</w:tc></w:tr><w:tr><w:tc>${p(r('blijft'))}</w:tc></w:tr></w:tbl>`,
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Het advies is nieuw' },
      { kind: 'paragraph', text: 'Een zin die doorloopt.' },
      { kind: 'row', cells: ['blijft'] },
    ]);
  });

  it('text inside content controls, but not a placeholder; mc:Fallback only', () => {
    const control = (inner: string, pr = '') => `<w:sdt><w:sdtPr><w:tag w:val="x"/>${pr}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    expect(
      blocks(
        `${p(`${r('Onderwerp: ')}${control(r('Nieuwe verordening'))}`)}${p(control(r('Klik hier om tekst in te voeren.'), '<w:showingPlcHdr/>'))}` +
          p(`<mc:AlternateContent><mc:Choice Requires="wps">${r('keuze')}</mc:Choice><mc:Fallback>${r('terugval')}</mc:Fallback></mc:AlternateContent>`),
      ),
    ).toEqual([{ kind: 'paragraph', text: 'Onderwerp: Nieuwe verordening' }, { kind: 'paragraph', text: '' }, { kind: 'paragraph', text: 'terugval' }]);
  });

  it('heading and list styles as hints; a list item in a cell keeps a bullet glyph', () => {
    expect(
      blocks(`${p(r('Inleiding'), '<w:pStyle w:val="Kop3"/>')}${p(r('Vet kopje', '<w:b/>'))}${p(r('punt'), '<w:numPr><w:numId w:val="1"/></w:numPr>')}<w:tbl><w:tr><w:tc>${p(r('cel punt'), '<w:pStyle w:val="ListBullet"/>')}</w:tc></w:tr></w:tbl>`),
    ).toEqual([
      { kind: 'paragraph', text: 'Inleiding', heading: true },
      { kind: 'paragraph', text: 'Vet kopje', heading: true },
      { kind: 'paragraph', text: 'punt', listItem: true },
      { kind: 'row', cells: ['• cel punt'] },
    ]);
  });

  it('refuses a DTD like the structured reader does', () => {
    expect(legacyBlocksFromXml(`<!DOCTYPE x [<!ENTITY a "b">]>${body('')}`)).toMatchObject({ ok: false, error: { kind: 'xml_dtd' } });
  });
});

describe('readLegacyDocx opens the package as readDocx does', () => {
  // One reading for every reader (issue 8, class 5): the old-template reader used to have its
  // own main-part lookup and a lenient decode, so it read files that check refuses (no content
  // types, invalid UTF-8, a damaged _rels/.rels) as documents.
  it.each(HOSTILE_FILES.map((entry) => [entry.name, entry] as const))('%s: refused with the same reason', (_name, entry) => {
    const bytes = entry.bytes();
    const structured = readDocx(bytes);
    const legacy = readLegacyDocx(bytes);
    expect(structured.status).toBe('unreadable');
    expect(legacy.ok).toBe(false);
    if (structured.status === 'unreadable' && !legacy.ok) expect(legacy.error.kind).toBe(structured.error.kind);
  });

  it('an old-template document whose main part is named by _rels/.rels is read from that part', () => {
    const parts = unzipParts(writeDocx({ onderwerp: 'x' }));
    const xml = body(p(r('Onderwerp: Begroting 2026')));
    parts.delete('word/document.xml');
    parts.set('word/hoofd.xml', xml);
    const rels = (parts.get('_rels/.rels') ?? '').replace(/Target="\/?word\/document\.xml"/, 'Target="word/hoofd.xml"');
    parts.set('_rels/.rels', rels);
    const read = readLegacyDocx(zipParts(parts));
    expect(read.ok && read.input.blocks).toEqual([{ kind: 'paragraph', text: 'Onderwerp: Begroting 2026' }]);
  });
});
