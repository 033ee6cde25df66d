import type { AnnotatieValues } from '../../domain/fields';
import { NS } from './namespaces';
import { stylesXml } from './styles';
import { BODY_NAMESPACES, annotatieBodyFragment } from './template';
import type { TemplateOptions } from './template';

/**
 * The annotatie as a Flat OPC package (`pkg:package`, the format Word's Range.insertOoxml takes,
 * WordApi 1.1): the main document holding {@link annotatieBodyFragment} plus our styles, so
 * headings and the table style come along into a document that lacks them (Word keeps a
 * document's own definition of a style id that already exists). Same template as the .docx.
 */
const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

function part(name: string, contentType: string, xml: string): string {
  // xmlData holds the part's root element without an XML declaration.
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${body}</pkg:xmlData></pkg:part>`;
}

export function annotatieFlatOpc(values: AnnotatieValues = {}, options: TemplateOptions = {}): string {
  const rels = (xml: string): string => `<Relationships xmlns="${NS.pkgRel}">${xml}</Relationships>`;
  return (
    '<?xml version="1.0" standalone="yes"?>' +
    '<?mso-application progid="Word.Document"?>' +
    `<pkg:package xmlns:pkg="${PKG}">` +
    part(
      '/_rels/.rels',
      RELS_TYPE,
      rels(`<Relationship Id="rId1" Type="${NS.r}/officeDocument" Target="word/document.xml"/>`),
    ) +
    part(
      '/word/_rels/document.xml.rels',
      RELS_TYPE,
      rels(`<Relationship Id="rId1" Type="${NS.r}/styles" Target="styles.xml"/>`),
    ) +
    part(
      '/word/document.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      `<w:document ${BODY_NAMESPACES}><w:body>${annotatieBodyFragment(values, options)}</w:body></w:document>`,
    ) +
    part('/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml', stylesXml()) +
    '</pkg:package>'
  );
}
