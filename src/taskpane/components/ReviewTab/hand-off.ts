/**
 * Getting the hand-off text out of the pane: the clipboard, or a file. Both can be refused by
 * the host: Word's task pane is an iframe (on the web) or a WebView, and the Clipboard API needs
 * the iframe's clipboard-write permission and a secure context; downloads are not offered by
 * every WebView. Each function says whether it worked, so the pane can show the text to copy by
 * hand instead of claiming success.
 */

/** Copies text: the Clipboard API, else the older execCommand('copy') on a hidden textarea. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission in this frame, not focused): try the old way below.
    }
  }
  return copyWithSelection(text, doc);
}

function copyWithSelection(text: string, doc: Document): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off screen but rendered: a hidden (display:none) element cannot be selected.
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  doc.body.appendChild(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus();
  }
}

/** Offers text as a file download; false where the host has no object URLs (then copy by hand). */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): boolean {
  const url = doc.defaultView?.URL;
  if (!url || typeof url.createObjectURL !== 'function') return false;
  try {
    const href = url.createObjectURL(new Blob([text], { type }));
    const link = doc.createElement('a');
    link.href = href;
    link.download = fileName;
    link.rel = 'noopener';
    doc.body.appendChild(link);
    link.click();
    link.remove();
    // Revoked later: revoking at once can cancel the download in some browsers.
    setTimeout(() => url.revokeObjectURL(href), 60_000);
    return true;
  } catch {
    return false;
  }
}

/** "Raadsvoorstel.docx" → "Raadsvoorstel.json" (or ".ori.json"): the hand-off file beside the document's name. */
export function handOffFileName(documentName: string, extension: 'json' | 'csv' | 'ori.json'): string {
  const base = documentName.replace(/\.(docx|docm|doc|dotx)$/i, '').replace(/[\\/:*?"<>|]/g, '_').trim();
  return `${base === '' ? 'annotatie' : base}.${extension}`;
}
