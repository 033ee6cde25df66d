import { zipSync, strToU8 } from 'fflate';
import type { Zippable } from 'fflate';
import { FIELDS, WRAPPER_TITLE } from '../../domain/fields';
import type { AnnotatieValues } from '../../domain/fields';
import { updateSnapshot } from '../../domain/review';
import type { ValueSnapshot } from '../../domain/review';
import { SNAPSHOT_PART_ITEM_ID, SNAPSHOT_PART_NAMESPACE, snapshotPartXml } from '../shape/snapshot-part';
import { readDocx } from './read';
import { NS } from '../xml/namespaces';
import { SCHEMA_PART_ITEM_ID, SCHEMA_PART_NAMESPACE, schemaPartXml } from '../shape/schema-part';
import { stylesXml } from './styles';
import { BODY_NAMESPACES, annotatieBodyFragment } from './template';
import type { TemplateOptions } from './template';
import { escapeAttr, escapeText } from '../xml/tokenizer';

/**
 * A new .docx holding the annotatie (bytes out; the caller writes the file). The package is
 * minimal but complete (ECMA-376 Part 2): content types, package and part relationships, the
 * main document, styles, settings, core properties, and the custom XML part with the schema
 * version (see schema-part.ts). Every part validates against test/fixtures/schemas/ooxml
 * (test/ooxml/schema-validation.test.ts).
 */
export interface WriteOptions extends TemplateOptions {
  /** dcterms:created/modified; omitted when not given, so output is reproducible in tests. */
  readonly created?: Date;
  /**
   * Also store the snapshot of the values as written (src/document/shape/snapshot-part.ts, the part the
   * Word layer keeps), stamped with this time: `annotatie new` does, so a field edited in Word
   * afterwards shows as edited outside the pane (in the task pane and in `annotatie check`).
   */
  readonly snapshotWritten?: Date;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  itemProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
} as const;

function relationships(rels: readonly (readonly [id: string, type: string, target: string])[]): string {
  return (
    DECLARATION +
    `<Relationships xmlns="${NS.pkgRel}">` +
    rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

export function contentTypesXml(withSnapshot = false): string {
  const override = (part: string, type: string): string => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    DECLARATION +
    `<Types xmlns="${NS.ct}">` +
    `<Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
    override('/word/document.xml', CT.main) +
    override('/word/styles.xml', CT.styles) +
    override('/word/settings.xml', CT.settings) +
    override('/docProps/core.xml', CT.core) +
    override('/customXml/itemProps1.xml', CT.itemProps) +
    (withSnapshot ? override('/customXml/itemProps2.xml', CT.itemProps) : '') +
    '</Types>'
  );
}

/** A4 portrait, 2 cm margins (in twips), as Dutch municipal templates use. */
const SECTION =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
  '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';

export function documentXml(values: AnnotatieValues, options: TemplateOptions = {}): string {
  // The empty paragraph after the wrapper gives the user a place to type below the annotatie
  // (Word cannot put the cursor after a body-level control that ends the document).
  return DECLARATION + `<w:document ${BODY_NAMESPACES}><w:body>${annotatieBodyFragment(values, options)}<w:p/>${SECTION}</w:body></w:document>`;
}

export function settingsXml(): string {
  // compatibilityMode 15 = Word 2013+ layout; without it Word opens the file in compatibility mode.
  return (
    DECLARATION +
    `<w:settings xmlns:w="${NS.w}">` +
    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>' +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="nl-NL"/>' +
    '</w:settings>'
  );
}

export function coreXml(title: string, created?: Date): string {
  const stamp = created ? created.toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
  return (
    DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeText(title)}</dc:title>` +
    (stamp
      ? `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`
      : '') +
    '</cp:coreProperties>'
  );
}

/** A custom XML part's properties: its datastore id and the namespace it holds (ECMA-376 §22.5.2). */
export function itemPropsXml(itemId: string = SCHEMA_PART_ITEM_ID, namespace: string = SCHEMA_PART_NAMESPACE): string {
  return (
    DECLARATION.replace('standalone="yes"', 'standalone="no"') +
    `<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttr(namespace)}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

/**
 * Every part of the package by zip entry name, in the order Word writes them; with `snapshot`,
 * the snapshot part too (customXml/item2.xml).
 */
export function packageParts(values: AnnotatieValues, options: WriteOptions = {}, snapshot?: ValueSnapshot): ReadonlyMap<string, string> {
  const title = values.onderwerp ? `${WRAPPER_TITLE}: ${values.onderwerp}` : WRAPPER_TITLE;
  const customXml = `${REL}/customXml`;
  return new Map([
    ['[Content_Types].xml', contentTypesXml(snapshot !== undefined)],
    [
      '_rels/.rels',
      relationships([
        ['rId1', `${REL}/officeDocument`, 'word/document.xml'],
        ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ]),
    ],
    ['word/document.xml', documentXml(values, options)],
    [
      'word/_rels/document.xml.rels',
      relationships([
        ['rId1', `${REL}/styles`, 'styles.xml'],
        ['rId2', `${REL}/settings`, 'settings.xml'],
        ['rId3', customXml, '../customXml/item1.xml'],
        ...(snapshot ? ([['rId4', customXml, '../customXml/item2.xml']] as const) : []),
      ]),
    ],
    ['word/styles.xml', stylesXml()],
    ['word/settings.xml', settingsXml()],
    ['customXml/item1.xml', schemaPartXml()],
    ['customXml/itemProps1.xml', itemPropsXml()],
    ['customXml/_rels/item1.xml.rels', relationships([['rId1', `${REL}/customXmlProps`, 'itemProps1.xml']])],
    ...(snapshot
      ? ([
          ['customXml/item2.xml', snapshotPartXml(snapshot)],
          ['customXml/itemProps2.xml', itemPropsXml(SNAPSHOT_PART_ITEM_ID, SNAPSHOT_PART_NAMESPACE)],
          ['customXml/_rels/item2.xml.rels', relationships([['rId1', `${REL}/customXmlProps`, 'itemProps2.xml']])],
        ] as const)
      : []),
    ['docProps/core.xml', coreXml(title, options.created)],
  ]);
}

/** Word's fixed zip timestamp (1980-01-01), so identical values give identical bytes. */
const ZIP_DATE = new Date(1980, 0, 1, 0, 0, 0);

export function writeDocx(values: AnnotatieValues, options: WriteOptions = {}): Uint8Array {
  const bytes = zipParts(packageParts(values, options));
  if (options.snapshotWritten === undefined) return bytes;
  // The snapshot holds each field as it reads back (house style, placeholders as empty), so it is
  // taken from what the .docx reader reads in this very package; every field, empty ones as "".
  const read = readDocx(bytes);
  const written = read.status === 'annotatie' ? read.values : {};
  const all = Object.fromEntries(FIELDS.map((field) => [field.key, written[field.key] ?? '']));
  return zipParts(packageParts(values, options, updateSnapshot(null, all, options.snapshotWritten.toISOString())));
}

function zipParts(parts: ReadonlyMap<string, string>): Uint8Array {
  const files: Zippable = {};
  for (const [name, xml] of parts) files[name] = [strToU8(xml), { level: 6, mtime: ZIP_DATE }];
  return zipSync(files);
}
