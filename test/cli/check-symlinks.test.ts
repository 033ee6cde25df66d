import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/io';
import type { AnnotatieValues } from '../../src/domain/fields';
import { writeDocx } from '../../src/document/ooxml';
import seed from '../fixtures/values/seed.json';

const CLEAN: AnnotatieValues = { ...seed, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };

/** check on a real folder, through the real file system, output recorded. */
async function checkFolder(args: readonly string[]) {
  let out = '';
  let err = '';
  const io = { ...nodeIo(), stdout: (text: string) => void (out += text), stderr: (text: string) => void (err += text), stderrIsTTY: false };
  const code = await main(['check', ...args, '--json'], io);
  return { code, files: (JSON.parse(out) as { reports: { file: string }[] }).reports.map((report) => report.file), stderr: err };
}

describe('check DIR with symbolic links', () => {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'annotatie-links-'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'a.docx'), writeDocx(CLEAN));
    writeFileSync(join(root, 'sub', 'b.docx'), writeDocx(CLEAN));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['a link back to the parent (a loop)', () => symlinkSync(root, join(root, 'sub', 'loop'), 'dir')],
    ['a link to itself', () => symlinkSync(join(root, 'sub'), join(root, 'sub', 'self'), 'dir')],
    ['a second way into a folder', () => symlinkSync(join(root, 'sub'), join(root, 'also-sub'), 'dir')],
    ['a dangling link', () => symlinkSync(join(root, 'gone'), join(root, 'dangling'), 'dir')],
  ])('%s: every document once', async (_name, link) => {
    link();
    const { code, files, stderr } = await checkFolder([root]);
    expect(code).toBe(0);
    expect(files).toHaveLength(2);
    expect(new Set(files.map((file) => file.slice(-6)))).toEqual(new Set(['a.docx', 'b.docx']));
    expect(stderr).toBe('');
  });

  it('a folder given twice is checked once and not called empty', async () => {
    const { files, stderr } = await checkFolder([root, root]);
    expect(files).toHaveLength(2);
    expect(stderr).toBe('');
  });
});
