/** The name `file` gets in the hand-off when the document has none yet (never saved). */
export const UNSAVED_DOCUMENT_NAME = 'annotatie.docx';

/**
 * The file name in a document's location as Office gives it (Office.context.document.url): a
 * web address on Word on the web and for documents in OneDrive or SharePoint, a path on the
 * desktop ("C:\\Users\\…\\Raadsvoorstel.docx", "/Users/…/Raadsvoorstel.docx"), "" for a new
 * document never saved. The last segment, without query or fragment, URL-decoded.
 */
export function documentFileName(url: string | undefined): string {
  const location = (url ?? '').trim().replace(/[?#].*$/, '');
  const last = location.split(/[\\/]/).filter((segment) => segment !== '').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A lone % in a local path: the name as written.
  }
  return name.trim() === '' || /^[a-z][a-z0-9+.-]*:$/i.test(name) ? UNSAVED_DOCUMENT_NAME : name;
}
