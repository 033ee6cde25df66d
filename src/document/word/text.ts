import { writableText } from '../../domain/text';

/**
 * Text as a Word document can hold it: the same characters the .docx layer writes (domain
 * writableText: XML 1.0 §2.2 Char, line breaks as "\n", one paragraph per line), so a value
 * reads back the same from Word and from the file.
 */
export function wordText(value: string): string {
  return writableText(value);
}
