import { UNSAVED_DOCUMENT_NAME, documentFileName } from '../../src/taskpane/document-name';

describe('the document name for the hand-off', () => {
  it.each([
    ['https://gemeente.sharepoint.com/sites/griffie/Gedeelde%20documenten/Raadsvoorstel%20arbeidsmigranten.docx?web=1', 'Raadsvoorstel arbeidsmigranten.docx'],
    ['https://d.docs.live.net/abc/Documenten/Annotatie.docx#top', 'Annotatie.docx'],
    ['C:\\Users\\griffie\\Documents\\Raadsvoorstel 2025-14.docx', 'Raadsvoorstel 2025-14.docx'],
    ['/Users/griffie/Documents/Raadsvoorstel.docx', 'Raadsvoorstel.docx'],
    ['C:\\Temp\\100%.docx', '100%.docx'],
    ['', UNSAVED_DOCUMENT_NAME],
    [undefined, UNSAVED_DOCUMENT_NAME],
    ['https:', UNSAVED_DOCUMENT_NAME],
  ])('%j → %j', (url, name) => {
    expect(documentFileName(url)).toBe(name);
  });
});
