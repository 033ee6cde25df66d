import { SCHEMA_VERSION } from '../../domain/fields';
import { escapeAttr } from '../xml/tokenizer';

/**
 * Where a document stores the schema version of its annotatie: a custom XML part
 * (ECMA-376 Part 1 §15.2.5, customXml/itemN.xml) whose root is
 * `<annotatie xmlns="urn:annotatie-raadsvoorstel" schema="annotatie-raadsvoorstel/1"/>`.
 *
 * Why a custom XML part and not a w:docVar in settings.xml: the Word layer can read and write a
 * custom XML part through office-js (Document.customXmlParts, WordApi 1.4: getByNamespace(
 * SCHEMA_PART_NAMESPACE)), while document variables are not reachable from office-js at all.
 * Word keeps custom XML parts it does not understand on every save.
 */
export const SCHEMA_PART_NAMESPACE = 'urn:annotatie-raadsvoorstel' as const;
export const SCHEMA_PART_ROOT = 'annotatie' as const;
export const SCHEMA_PART_ATTRIBUTE = 'schema' as const;
/** Fixed datastore item id, so every document we write names its part the same way. */
export const SCHEMA_PART_ITEM_ID = '{6E1A5C3B-1F0D-4C41-9E52-A7D0B0C3A001}' as const;

/** The custom XML part's content (the thing Word's customXmlParts.add() takes). */
export function schemaPartXml(version: string = SCHEMA_VERSION): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<${SCHEMA_PART_ROOT} xmlns="${SCHEMA_PART_NAMESPACE}" ${SCHEMA_PART_ATTRIBUTE}="${escapeAttr(version)}"/>`
  );
}
