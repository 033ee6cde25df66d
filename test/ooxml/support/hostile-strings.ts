import { FIELDS } from '../../../src/domain/fields';
import type { AnnotatieValues, FieldKey } from '../../../src/domain/fields';

/** Strings that break naive writers and readers. Each must survive write → read exactly. */
export const HOSTILE_STRINGS: readonly { readonly name: string; readonly value: string }[] = [
  { name: 'XML specials', value: `<b>Tom & Jerry</b> "quoted" 'apos' ]]> &amp; &#x41; <![CDATA[x]]>` },
  { name: 'emoji and flags', value: '👩‍💼 Wethouder 🇳🇱 ✔︎' },
  { name: 'right-to-left', value: 'مرحبا بالعالم \u200f— שלום עולם' },
  { name: 'newlines', value: 'regel 1\nregel 2\n\nregel 4' },
  { name: 'tabs', value: 'kolom\tkolom\t\tkolom' },
  { name: 'leading and trailing spaces', value: '  twee spaties ervoor en erna  ' },
  { name: 'only spaces', value: '   ' },
  { name: 'no-break and zero-width', value: 'a\u00a0b\u200bc\u2060d\ufeffe' },
  { name: 'combining marks', value: 'e\u0301 n\u0303 Zoe\u0308termeer' },
  { name: 'looks like markup of ours', value: '<w:t>annotatie.onderwerp</w:t> </w:sdt>' },
  { name: 'long line', value: 'lang '.repeat(2000).trim() },
];

export function valuesWithEverywhere(value: string, keys: readonly FieldKey[] = FIELDS.map((field) => field.key)): AnnotatieValues {
  return Object.fromEntries(keys.map((key) => [key, value]));
}
