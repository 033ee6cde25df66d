import { extractPdfText, pdfBlocks } from '../../src/document/pdf';
import type { PdfJs, PdfPage, PdfTextItem } from '../../src/document/pdf';

const item = (text: string, x: number, y: number, size = 10, bold = false): PdfTextItem => ({ text, x, y, width: text.length * size * 0.5, size, bold });
const page = (items: PdfTextItem[], number = 1): PdfPage => ({ number, width: 595, height: 842, items });

describe('pdfBlocks', () => {
  it('reads a three-column table row by row, cell by cell, not interleaved', () => {
    const { blocks } = pdfBlocks({
      pageCount: 1,
      pages: [
        page([
          item('Portefeuillehouder:', 72, 700), item('Behandelend ambtenaar:', 250, 700), item('Raadsadviseur:', 420, 700),
          item('Rekenkamer', 72, 686), item('A.E.M. de Vries -', 250, 686), item('W.I. van Vaals', 420, 686),
          item('Asselbergs', 250, 672),
          // pdf.js reports the space between two cells as one wide item: it must not glue them.
          { text: ' ', x: 140, y: 686, width: 110, size: 10, bold: false },
          item('Doel bespreking', 72, 640),
        ]),
      ],
    });
    expect(blocks).toEqual([
      { kind: 'row', cells: ['Portefeuillehouder:', 'Behandelend ambtenaar:', 'Raadsadviseur:'] },
      { kind: 'row', cells: ['Rekenkamer', 'A.E.M. de Vries -', 'W.I. van Vaals'] },
      { kind: 'row', cells: ['', 'Asselbergs', ''] },
      { kind: 'paragraph', text: '' },
      { kind: 'paragraph', text: 'Doel bespreking' },
    ]);
  });

  it('splits two cells whose text nearly touches at the column edge', () => {
    const { blocks } = pdfBlocks({
      pageCount: 1,
      pages: [page([item('A', 72, 700), item('B', 250, 700), item('C', 420, 700), item('x', 72, 686), item('a.b@zoetermeer', 250, 686), item('c@zoetermeer.nl', 326, 686), item('d@zoetermeer.nl', 420, 686)])],
    });
    expect(blocks[1]).toEqual({ kind: 'row', cells: ['x', 'a.b@zoetermeer c@zoetermeer.nl', 'd@zoetermeer.nl'] });
  });

  it('marks running headers and page numbers repeated at the page edges as furniture', () => {
    const pages = [1, 2, 3].map((number) => page([item('Gemeente Zoetermeer Z/25/1', 72, 820), item(`Tekst van pagina ${number}`, 72, 500), item(`Pagina ${number}`, 500, 20)], number));
    const { blocks } = pdfBlocks({ pageCount: 3, pages });
    expect(blocks.filter((block) => block.kind === 'paragraph' && block.furniture).map((block) => (block.kind === 'paragraph' ? block.text : ''))).toEqual([
      'Gemeente Zoetermeer Z/25/1', 'Pagina 1', 'Gemeente Zoetermeer Z/25/1', 'Pagina 2', 'Gemeente Zoetermeer Z/25/1', 'Pagina 3',
    ]);
    expect(blocks.some((block) => block.kind === 'paragraph' && block.text === 'Tekst van pagina 2' && !block.furniture)).toBe(true);
  });

  it('flags bold and larger lines as headings; a wide gap, or room left for the next word, ends a paragraph', () => {
    const { blocks } = pdfBlocks({
      pageCount: 1,
      pages: [page([item('Onderzoek', 72, 700, 10, true), item('Eerste regel van de tekst die doorloopt tot de', 72, 688), item('kantlijn.', 72, 676), item('Nieuwe alinea.', 72, 650)])],
    });
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Onderzoek', heading: true },
      { kind: 'paragraph', text: '' },
      { kind: 'paragraph', text: 'Eerste regel van de tekst die doorloopt tot de' },
      { kind: 'paragraph', text: 'kantlijn.' },
      { kind: 'paragraph', text: '' },
      { kind: 'paragraph', text: 'Nieuwe alinea.' },
    ]);
  });
});

describe('extractPdfText refuses before pdf.js sees the file', () => {
  const never: PdfJs = { getDocument: () => { throw new Error('pdf.js must not be called'); } };

  it('a file over the size limit', async () => {
    const read = await extractPdfText(new Uint8Array(11), never, '/fonts/', { maxBytes: 10, maxPages: 1, maxItems: 1, timeoutMs: 1, maxHeapMb: 1 });
    expect(read).toMatchObject({ ok: false, error: { kind: 'too_large' } });
  });

  it('a file that is not a PDF', async () => {
    expect(await extractPdfText(new TextEncoder().encode('PK\u0003\u0004 a zip'), never, '/fonts/')).toMatchObject({ ok: false, error: { kind: 'not_pdf' } });
  });

  it.each([
    ['PasswordException', 'encrypted'],
    ['InvalidPDFException', 'not_pdf'],
    ['UnknownErrorException', 'corrupt'],
  ])('pdf.js failing with %s is %s', async (name, kind) => {
    const failing: PdfJs = {
      getDocument: () => ({ promise: Promise.reject(Object.assign(new Error('x'), { name })), destroy: async () => undefined }),
    };
    expect(await extractPdfText(new TextEncoder().encode('%PDF-1.7\n'), failing, '/fonts/')).toMatchObject({ ok: false, error: { kind } });
  });
});
