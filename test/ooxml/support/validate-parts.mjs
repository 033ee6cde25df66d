// Validates .docx parts against the ISO 29500 schemas in test/fixtures/schemas/ooxml with libxml2-wasm.
// Runs as a child process because libxml2-wasm is an ES module with top-level await, which jest's
// CommonJS runtime cannot import. Input (stdin): JSON { "parts": { "<entry name>": "<xml>" } }.
// Output (stdout): JSON { "<entry name>": [ "error", … ] } (an empty list means valid).
import { readFileSync } from 'node:fs';
import { XmlDocument, XsdValidator, XmlValidateError } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

xmlRegisterFsInputProviders();
const root = process.env.OOXML_SCHEMAS ?? new URL('../../fixtures/schemas/ooxml/', import.meta.url).pathname;

const validators = new Map();
function validator(relative) {
  if (!validators.has(relative)) {
    const path = root + relative;
    const xsd = XmlDocument.fromBuffer(readFileSync(path), { url: path });
    validators.set(relative, XsdValidator.fromDoc(xsd));
  }
  return validators.get(relative);
}

function schemaFor(name) {
  if (name === '[Content_Types].xml') return 'opc/opc-contentTypes.xsd';
  if (name.endsWith('.rels')) return 'opc/opc-relationships.xsd';
  if (/^customXml\/itemProps\d+\.xml$/.test(name)) return 'ISO-IEC29500-4_2016/shared-customXmlDataProperties.xsd';
  if (/^word\/(document|styles|settings|numbering|footnotes|endnotes|header\d*|footer\d*)\.xml$/.test(name)) return 'ISO-IEC29500-4_2016/wml.xsd';
  if (name === 'pkg:wordDocument') return 'ISO-IEC29500-4_2016/wml.xsd';
  return undefined;
}

const input = JSON.parse(readFileSync(0, 'utf8'));
const out = {};
for (const [name, xml] of Object.entries(input.parts)) {
  const schema = schemaFor(name);
  if (!schema) {
    out[name] = null; // no schema in test/fixtures/schemas for this part (core properties, our own custom XML)
    continue;
  }
  const doc = XmlDocument.fromString(xml);
  try {
    validator(schema).validate(doc);
    out[name] = [];
  } catch (error) {
    out[name] = error instanceof XmlValidateError ? error.details.map((d) => `${d.line}: ${d.message.trim()}`) : [String(error)];
  } finally {
    doc.dispose();
  }
}
process.stdout.write(JSON.stringify(out));
