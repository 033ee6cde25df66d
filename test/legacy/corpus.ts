import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_KEYS, recogniseAnnotatie, textBlocks } from '../../src/domain';
import type { FieldKey, Recognition } from '../../src/domain';
import { readLegacyDocx } from '../../src/document/ooxml/legacy-read';

/**
 * The legacy corpus (test/fixtures/legacy/corpus, made by scripts/legacy-corpus/make_corpus.py)
 * and how a recognition is scored against it: a field is right when its value equals the
 * expected value exactly, after squashing runs of spaces inside each line (PDF text extraction
 * may double a space; no other difference is forgiven).
 */
export const CORPUS = join(__dirname, '../fixtures/legacy/corpus');

export interface CorpusDocument {
  readonly file: string;
  readonly path: string;
  readonly kind: string;
  readonly split: 'tuned' | 'heldout';
  readonly expected: Readonly<Partial<Record<FieldKey, string>>>;
}

export function corpusDocuments(): readonly CorpusDocument[] {
  const documents: CorpusDocument[] = [];
  for (const split of ['tuned', 'heldout'] as const) {
    const folder = join(CORPUS, split);
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.expected.json')) continue;
      const file = name.slice(0, -'.expected.json'.length);
      const meta = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { kind: string; values: Partial<Record<FieldKey, string>> };
      documents.push({ file: `${split}/${file}`, path: join(folder, file), kind: meta.kind, split, expected: meta.values });
    }
  }
  return documents;
}

/** Recognises a .txt or .docx document of the corpus in-process (PDFs go through the CLI). */
export function recogniseFile(path: string): Recognition {
  if (path.endsWith('.txt')) return recogniseAnnotatie(textBlocks(readFileSync(path, 'utf8')));
  const read = readLegacyDocx(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(`${path}: ${read.error.kind} ${read.error.detail}`);
  return recogniseAnnotatie(read.input);
}

const squash = (text: string): string => text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).join('\n');

export interface Score {
  readonly present: number;
  readonly right: number;
  /** Fields with a value where the document has none. */
  readonly spurious: number;
  readonly wrong: readonly { readonly key: FieldKey; readonly expected: string; readonly actual: string | undefined }[];
}

export function score(expected: CorpusDocument['expected'], values: Readonly<Partial<Record<FieldKey, string>>>): Score {
  let present = 0;
  let right = 0;
  let spurious = 0;
  const wrong: { key: FieldKey; expected: string; actual: string | undefined }[] = [];
  for (const key of FIELD_KEYS) {
    const want = expected[key];
    const got = values[key];
    if (want === undefined) {
      if (got !== undefined) spurious += 1;
      continue;
    }
    present += 1;
    if (got !== undefined && squash(got) === squash(want)) right += 1;
    else wrong.push({ key, expected: want, actual: got });
  }
  return { present, right, spurious, wrong };
}
