import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocx } from '../../src/document/ooxml';
import type { DocxReadResult } from '../../src/document/ooxml';
import { tokenize } from '../../src/document/xml/tokenizer';
import { unzipParts, zipParts } from './support/docx-tools';

/**
 * Real Word-saved files (test/fixtures/word-made, see PROVENANCE.md there). None holds an
 * annotatie, so first: each is read without a crash and is "no annotatie". Then each control of
 * interest is re-tagged with an annotatie tag (only the w:tag value changes; every other byte
 * is Word's) to check what the reader makes of controls at run, block, cell and row level,
 * nested, data-bound, with tracked changes and with straddling customXml range markers.
 */
const DIR = join(__dirname, '..', 'fixtures', 'word-made');
const FILES = [
  ...readdirSync(DIR).filter((name) => name.endsWith('.docx')),
  ...readdirSync(join(DIR, 'more')).map((name) => `more/${name}`),
];
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));

describe('every Word-made fixture', () => {
  it('is there (the folder was found)', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(19);
  });

  it.each(FILES)('%s: read without a crash, "no annotatie"', (name) => {
    expect(readDocx(load(name)).status).toBe('no-annotatie');
  });

  it.each(FILES)('%s: every XML part is well-formed to the strict tokenizer and nests far below its depth cap', (name) => {
    for (const [part, xml] of unzipParts(load(name))) {
      if (!/\.(xml|rels)$/.test(part)) continue;
      let depth = 0;
      let deepest = 0;
      const error = tokenize(xml, {
        open: () => {
          depth += 1;
          deepest = Math.max(deepest, depth);
        },
        close: () => (depth -= 1),
        text: () => undefined,
      });
      expect({ part, error }).toEqual({ part, error: undefined });
      expect(deepest).toBeLessThan(64);
    }
  });
});

/** The fixture with one control's w:tag (or, for untagged controls, the nth w:sdtPr) re-tagged. */
function retag(name: string, edit: (xml: string) => string): DocxReadResult {
  const parts = unzipParts(load(name));
  parts.set('word/document.xml', edit(parts.get('word/document.xml') ?? ''));
  return readDocx(zipParts(parts));
}
const tag = (from: string, key: string) => (xml: string) => xml.split(`<w:tag w:val="${from}"/>`).join(`<w:tag w:val="annotatie.${key}"/>`);
/** Untagged controls (RP016–RP018): give every w:sdtPr a tag. */
const tagAll = (key: string) => (xml: string) => xml.replace(/<w:sdtPr>/g, `<w:sdtPr><w:tag w:val="annotatie.${key}"/>`);

describe('re-tagged Word controls', () => {
  it.each([
    ['run-level plain text control', 'oxpt-ContentControls.docx', 'Plain text content control', 'onderwerp', 'make your document look professionally'],
    [
      'block rich text whose run is split by the _GoBack bookmark',
      'oxpt-ContentControls.docx',
      'RichTextContentControl',
      'toelichting.inleiding',
      'Video provides a powerful way to help you prove your point. When you click Online Video, you can paste in the embed code for the video you want to add. You can also type a keyword to search online for the video that best fits your document.',
    ],
    ['in-cell control', 'oxpt-HC031-Complicated-Document.docx', 'Data12', 'onderwerp', '200'],
    ['row-level control: every cell paragraph a line', 'oxpt-HC031-Complicated-Document.docx', 'Row1', 'toelichting.kern', '100\n200\n300'],
    [
      'table-level control holding nested row and cell controls',
      'oxpt-HC031-Complicated-Document.docx',
      'MyTable',
      'achtergrondinformatie',
      'Lorem ipsum dolor sit amet\nConsectetuer adipiscing elit\nMaecenas porttitor congue massa.\n100\n200\n300\n400\n500\n600',
    ],
    ['data-bound control, leading space kept', 'docx4j-OpenDoPE-hyperlinks.docx', 'od:xpath=case3', 'onderwerp', ' http://slashdot.org'],
    ['data-bound multi-line control: w:br is a line break, w:tab a tab', 'docx4j-OpenDoPE-hyperlinks.docx', 'od:xpath=case9', 'onderwerp', 'visit http://www.docx4java.org\n\tor mailto:jason@plutext.org'],
    ['Word 2010 control with proofErr inside', 'poi-Bug54849.docx', 'MyTag', 'onderwerp', 'Rich_text'],
    ['drop-down showing its placeholder is empty', 'tika-testWORD_2006ml.docx', 'DropDownTag', 'onderwerp', ''],
  ])('%s', (_what, file, from, key, expected) => {
    const result = retag(file, tag(from, key));
    expect(result.status === 'annotatie' ? result.values : result).toEqual({ [key]: expected });
  });

  it('a tracked deletion inside a control (RP004): out of the value, listed as a change', () => {
    const result = retag('oxpt-RP004-Deleted-Text-in-CC.docx', tag('Test', 'onderwerp'));
    if (result.status !== 'annotatie') throw new Error(result.status);
    expect(result.values).toEqual({ onderwerp: 'Video a powerful way' });
    expect(result.trackedChanges).toEqual([{ field: 'onderwerp', type: 'delete', author: 'Eric White', date: '2017-03-24T21:32:00Z', text: 'provides ' }]);
  });

  it('a control whose removal is tracked (RP016, markers straddle the sdt) is not live', () => {
    expect(retag('oxpt-RP016-Deleted-CC.docx', tagAll('onderwerp')).status).toBe('no-annotatie');
  });

  it('a control whose insertion is tracked (RP017) is live', () => {
    const result = retag('oxpt-RP017-Inserted-CC.docx', tagAll('onderwerp'));
    expect(result.status === 'annotatie' ? result.values : result).toEqual({ onderwerp: 'Video' });
  });

  it('a moved control (RP018): only the moveTo copy is live, its text a tracked insertion', () => {
    const result = retag('oxpt-RP018-MoveFrom-MoveTo-CC.docx', tagAll('toelichting.kern'));
    if (result.status !== 'annotatie') throw new Error(result.status);
    expect(result.values).toEqual({ 'toelichting.kern': 'When you click Online Video.' });
    expect(result.findings.filter((finding) => finding.code === 'control_duplicate')).toEqual([]);
    expect(result.trackedChanges).toEqual([
      { field: 'toelichting.kern', type: 'insert', author: 'Eric White', date: '2017-03-25T22:21:00Z', text: 'When you click Online Video.' },
    ]);
  });
});
