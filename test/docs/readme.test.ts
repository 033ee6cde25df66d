import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The README leads a newcomer to the files a change touches; a file moved or renamed without the
 * README following would send them to nothing. Paths are the backticked words that start with a
 * top-level folder of the repository; patterns (`rules/<code>.ts`, `profiles/NAME.json`) are
 * skipped.
 */
const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}`);
  if (start === -1) throw new Error(`README.md has no section “${title}”`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

const howTo = section('How to add a finding code, a field or a municipality');

function pathsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/`([^`\s]+)`/g)) {
    const word = match[1] ?? '';
    if (/^(src|test|profiles|scripts|bench|docs|standards)\//.test(word) || word === 'webpack.config.js') {
      if (!/[<>]|NAME/.test(word)) found.add(word.replace(/[.,;:]+$/, ''));
    }
  }
  return [...found].sort();
}

describe('README.md, How to add …', () => {
  it('has one part per case', () => {
    expect([...howTo.matchAll(/^### (.+)$/gm)].map((match) => match[1])).toEqual(['A finding code', 'A field', 'A municipality']);
  });

  it('names many files, and all of them exist', () => {
    const paths = pathsIn(howTo);
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('keeps exactly two command blocks, the setup a newcomer needs', () => {
    expect([...readme.matchAll(/^```sh\n(.*)\n```$/gm)].map((match) => match[1])).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    expect(readme.match(/^```/gm)).toHaveLength(4);
  });
});
