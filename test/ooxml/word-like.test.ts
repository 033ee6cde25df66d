import type { AnnotatieValues } from '../../src/domain/fields';
import { readDocx, scanDocumentXml, writeDocx } from '../../src/document/ooxml';
import type { AnnotatieRead } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { editDocument, pandocText, setContent, squashSpace, toPlaceholder, unzipParts, zipParts } from './support/docx-tools';
import { pasteDuplicate, removeControl, trackDeleteControl, trackedRuns, wordSaved } from './support/word-like';

const SEED: AnnotatieValues = seed;
const GRIFFIE = { author: 'Griffie Zoetermeer', date: '2025-09-15T10:12:00Z' };
const AMBTENAAR = { author: 'A.E.M. de Vries', date: '2025-09-16T08:30:00Z' };

function read(bytes: Uint8Array): AnnotatieRead {
  const result = readDocx(bytes);
  if (result.status !== 'annotatie') throw new Error(`expected an annotatie, got ${result.status}`);
  return result;
}

/** The seed document, edited and then saved the way Word saves. */
const wordDoc = (edit: (xml: string) => string = (xml) => xml, values: AnnotatieValues = SEED): Uint8Array =>
  editDocument(writeDocx(values), (xml) => wordSaved(edit(xml)));

describe('documents shaped the way Word saves them', () => {
  it('Word noise (rsids, proofErr-split runs, _GoBack, sdtEndPr, docPart placeholders) changes no value', () => {
    const result = read(wordDoc());
    expect(result.values).toEqual(SEED);
    expect(result.findings).toEqual([]);
    expect(result.trackedChanges).toEqual([]);
  });

  it('the noise is really there (the transform is not a no-op)', () => {
    let xml = '';
    editDocument(wordDoc(), (x) => (xml = x));
    for (const marker of ['w:rsidR=', '<w:proofErr w:type="spellStart"/>', 'w:name="_GoBack"', '<w:sdtEndPr/>', 'DefaultPlaceholder_-1854013440', 'mc:Ignorable']) {
      expect(xml).toContain(marker);
    }
  });

  describe("a griffie's tracked correction of the e-mail typo", () => {
    const bytes = wordDoc((xml) => setContent(xml, 'ambtenaar.email', trackedRuns(['a.e.de.vries@zoete', { ins: 'r' }, 'meer.nl'], GRIFFIE)));

    it('the value is the text with the change accepted; the change is listed with author and date', () => {
      const result = read(bytes);
      expect(result.values['ambtenaar.email']).toBe('a.e.de.vries@zoetermeer.nl');
      expect(result.trackedChanges).toEqual([{ field: 'ambtenaar.email', type: 'insert', author: GRIFFIE.author, date: GRIFFIE.date, text: 'r' }]);
    });

    it('pandoc agrees: accept shows the correction, reject the original typo', () => {
      expect(pandocText(bytes, 'accept')).toContain('a.e.de.vries@zoetermeer.nl');
      expect(pandocText(bytes, 'reject')).toContain('a.e.de.vries@zoetemeer.nl');
    });
  });

  describe('a tracked replacement in a rich-text field, and a paragraph merged by a deleted paragraph mark', () => {
    const mark = `<w:pPr><w:rPr><w:del w:id="900" w:author="${AMBTENAAR.author}" w:date="${AMBTENAAR.date}"/></w:rPr></w:pPr>`;
    const bytes = wordDoc((xml) =>
      setContent(
        setContent(xml, 'toelichting.behandeladvies', `<w:p>${trackedRuns(['De raad wordt gevraagd ', { del: 'om in te stemmen' }, { ins: 'akkoord te gaan' }, ' met dit raadsvoorstel.'], AMBTENAAR)}</w:p>`),
        'toelichting.inleiding',
        `<w:p>${mark}${trackedRuns(['Eerste zin,'], AMBTENAAR)}</w:p><w:p>${trackedRuns([' tweede zin.'], AMBTENAAR)}</w:p><w:p>${trackedRuns(['Nieuwe alinea.'], AMBTENAAR)}</w:p>`,
      ),
    );

    it('values as if accepted', () => {
      const result = read(bytes);
      expect(result.values['toelichting.behandeladvies']).toBe('De raad wordt gevraagd akkoord te gaan met dit raadsvoorstel.');
      expect(result.values['toelichting.inleiding']).toBe('Eerste zin, tweede zin.\nNieuwe alinea.');
      expect(result.trackedChanges.filter((change) => change.field === 'toelichting.behandeladvies')).toEqual([
        { field: 'toelichting.behandeladvies', type: 'delete', ...AMBTENAAR, text: 'om in te stemmen' },
        { field: 'toelichting.behandeladvies', type: 'insert', ...AMBTENAAR, text: 'akkoord te gaan' },
      ]);
    });

    it('pandoc agrees on both, accepted and rejected', () => {
      const accepted = squashSpace(pandocText(bytes, 'accept'));
      const rejected = squashSpace(pandocText(bytes, 'reject'));
      expect(accepted).toContain('De raad wordt gevraagd akkoord te gaan met dit raadsvoorstel.');
      expect(rejected).toContain('De raad wordt gevraagd om in te stemmen met dit raadsvoorstel.');
      expect(accepted).toContain('Eerste zin, tweede zin.');
      expect(rejected).toContain('Eerste zin,');
    });
  });

  it('a pasted duplicate control: control_duplicate, the first one is the value', () => {
    const result = read(wordDoc((xml) => pasteDuplicate(xml, 'raadsadviseur.email')));
    expect(result.findings).toEqual([{ field: 'raadsadviseur.email', code: 'control_duplicate', severity: 'error', params: { count: '2' } }]);
    expect(result.values['raadsadviseur.email']).toBe(SEED['raadsadviseur.email']);
  });

  it('a removed control ("Remove content control"): control_missing, its text is no value', () => {
    const bytes = wordDoc((xml) => removeControl(xml, 'programma'));
    const result = read(bytes);
    expect(result.findings).toEqual([{ field: 'programma', code: 'control_missing', severity: 'error' }]);
    expect(result.values).not.toHaveProperty('programma');
    expect(pandocText(bytes)).toContain('Alle programma’s'); // the text is still in the document
  });

  it('a control deleted with track changes on is not live: control_missing; pandoc reject still shows it', () => {
    const bytes = wordDoc((xml) => trackDeleteControl(xml, 'adviesCommissie', GRIFFIE));
    const result = read(bytes);
    expect(result.findings).toEqual([{ field: 'adviesCommissie', code: 'control_missing', severity: 'error' }]);
    expect(pandocText(bytes, 'accept')).not.toContain('Voorstel agenderen als debatstuk');
    expect(pandocText(bytes, 'reject')).toContain('Voorstel agenderen als debatstuk');
  });

  it('placeholders Word shows again after a field is emptied are empty values', () => {
    const result = read(wordDoc((xml) => toPlaceholder(toPlaceholder(xml, 'adviesCommissie', 'Klik of tik om tekst in te voeren.'), 'toelichting.kern', 'Klik of tik om tekst in te voeren.')));
    expect(result.values.adviesCommissie).toBe('');
    expect(result.values['toelichting.kern']).toBe('');
  });
});

/** Small hand-written documents for the reader's rules, each one Word construct. */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
const doc = (body: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W} mc:Ignorable="wps"><w:body>${body}</w:body></w:document>`;
const sdt = (tag: string, content: string, pr = ''): string => `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/>${pr}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

function scan(body: string) {
  const result = scanDocumentXml(doc(body));
  if ('kind' in result) throw new Error(result.message);
  return result;
}

describe('reader rules on single Word constructs', () => {
  it('mc:AlternateContent: the Fallback is read, the Choice skipped, so text counts once', () => {
    const box = (text: string) => `<w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent>`;
    const alternate = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('Kader')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('Kader')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const result = scan(`<w:p>${sdt('annotatie.onderwerp', run('Zie ') + alternate)}</w:p>`);
    expect(result.values.get('onderwerp')?.match(/Kader/g)).toHaveLength(1);
  });

  it('moves inside a control: moveFrom text leaves the value, moveTo text joins it', () => {
    const by = 'w:author="X" w:date="2025-01-01T00:00:00Z"';
    const result = scan(
      sdt('annotatie.toelichting.kern', `<w:p><w:moveFrom w:id="1" ${by}>${run('Eerst')}</w:moveFrom>${run(' midden')}<w:moveTo w:id="2" ${by}>${run(' Eerst')}</w:moveTo></w:p>`),
    );
    expect(result.values.get('toelichting.kern')).toBe(' midden Eerst');
    expect(result.trackedChanges.map((change) => [change.type, change.text])).toEqual([
      ['delete', 'Eerst'],
      ['insert', ' Eerst'],
    ]);
  });

  it('a field nested in another (non-annotatie) control, and a cell-level control', () => {
    const cell = `<w:tbl><w:tr>${sdt('annotatie.planning.beeldvorming', `<w:tc><w:p>${run('n.v.t.')}</w:p></w:tc>`)}</w:tr></w:tbl>`;
    const result = scan(sdt('Sectie', `<w:p>${sdt('annotatie.onderwerp', run('Genest'))}</w:p>${cell}`));
    expect(Object.fromEntries(result.values)).toEqual({ onderwerp: 'Genest', 'planning.beeldvorming': 'n.v.t.' });
  });

  it('a field in a tracked-deleted table row is not live', () => {
    const row = (deleted: boolean, text: string) =>
      `<w:tr>${deleted ? '<w:trPr><w:del w:id="3" w:author="X"/></w:trPr>' : ''}<w:tc><w:p>${sdt('annotatie.onderwerp', deleted ? `<w:del w:id="4" w:author="X"><w:r><w:delText>${text}</w:delText></w:r></w:del>` : run(text))}</w:p></w:tc></w:tr>`;
    const result = scan(`<w:tbl>${row(true, 'Weg')}${row(false, 'Blijft')}</w:tbl>`);
    expect(result.counts.get('onderwerp')).toBe(1);
    expect(result.values.get('onderwerp')).toBe('Blijft');
  });

  it.each([
    ['our placeholder text', 'Vul in: onderwerp'],
    ["Word's default placeholder text", 'Klik of tik om tekst in te voeren.'],
  ])('%s without w:showingPlcHdr is still empty', (_name, text) => {
    expect(scan(`<w:p>${sdt('annotatie.onderwerp', run(text))}</w:p>`).values.get('onderwerp')).toBe('');
  });

  it('showingPlcHdr w:val="false" is not a placeholder; page breaks are not text; w:cr and w:noBreakHyphen are', () => {
    const result = scan(`<w:p>${sdt('annotatie.onderwerp', `${run('a')}<w:r><w:br w:type="page"/><w:t>b</w:t><w:cr/><w:noBreakHyphen/><w:t>c</w:t></w:r>`, '<w:showingPlcHdr w:val="false"/>')}</w:p>`);
    expect(result.values.get('onderwerp')).toBe('ab\n-c');
  });

  it('any namespace prefix works (the prefix is not the format), and so does ISO 29500 Strict', () => {
    const custom = `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:sdt><x:sdtPr><x:tag x:val="annotatie.onderwerp"/></x:sdtPr><x:sdtContent><x:r><x:t>Prefix</x:t></x:r></x:sdtContent></x:sdt></x:p></x:body></x:document>`;
    const strict = custom.replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main').replace('Prefix', 'Strict');
    for (const [xml, expected] of [
      [custom, 'Prefix'],
      [strict, 'Strict'],
    ] as const) {
      const result = scanDocumentXml(xml);
      expect('kind' in result ? result : result.values.get('onderwerp')).toBe(expected);
    }
  });

  it('a wrapper without fields: every field control_missing', () => {
    const result = readDocx(editDocument(writeDocx({}), (xml) => xml.replace(/<w:sdtContent>.*<\/w:sdtContent>/, '<w:sdtContent><w:p/></w:sdtContent>')));
    expect(result.status === 'annotatie' ? result.findings.every((finding) => finding.code === 'control_missing') && result.findings.length : result.status).toBe(20);
  });

  it('reads the schema version from the custom XML part, and null when it is gone', () => {
    expect(read(writeDocx(SEED)).schemaVersion).toBe('annotatie-raadsvoorstel/1');
    const parts = unzipParts(writeDocx(SEED));
    parts.delete('customXml/item1.xml');
    expect(read(zipParts(parts)).schemaVersion).toBeNull();
  });
});
