import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/io';
import type { AnnotatieValues } from '../../src/domain/fields';
import { writeDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';

const CLEAN: AnnotatieValues = { ...seed, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };

/** check on a real folder, through the real file system, output recorded. */
async function checkFolder(args: readonly string[]) {
  let out = '';
  let err = '';
  const io = { ...nodeIo(), stdout: (text: string) => void (out += text), stderr: (text: string) => void (err += text), stderrIsTTY: false };
  const code = await main(['check', ...args, '--json'], io);
  const doc = JSON.parse(out) as { reports: { file: string }[]; skipped?: { path: string; code: string }[] };
  return { code, files: doc.reports.map((report) => report.file), skipped: (doc.skipped ?? []).map((skip) => `${skip.code} ${skip.path.slice(root.length)}`), stderr: err };
}

let root = '';

describe('check DIR with symbolic links', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'annotatie-links-'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'a.docx'), writeDocx(CLEAN));
    writeFileSync(join(root, 'sub', 'b.docx'), writeDocx(CLEAN));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['a link back to the parent (a loop)', () => symlinkSync(root, join(root, 'sub', 'loop'), 'dir'), 'link_loop /sub/loop'],
    ['a link to itself', () => symlinkSync(join(root, 'sub'), join(root, 'sub', 'self'), 'dir'), 'link_loop /sub/self'],
    ['a second way into a folder', () => symlinkSync(join(root, 'sub'), join(root, 'also-sub'), 'dir'), 'already_walked /sub'],
    ['a dangling link', () => symlinkSync(join(root, 'gone'), join(root, 'dangling'), 'dir'), 'broken_link /dangling'],
  ])('%s: every document once, and the link is said', async (_name, link, skipped) => {
    link();
    const { code, files, skipped: skips, stderr } = await checkFolder([root]);
    expect(code).toBe(0);
    expect(files).toHaveLength(2);
    expect(new Set(files.map((file) => file.slice(-6)))).toEqual(new Set(['a.docx', 'b.docx']));
    expect(skips).toEqual([skipped]);
    expect(stderr).toBe('');
  });

  it('a folder given twice is checked once and not called empty', async () => {
    const { files, skipped, stderr } = await checkFolder([root, root]);
    expect(files).toHaveLength(2);
    expect(skipped).toEqual(['already_walked ']);
    expect(stderr).toBe('');
  });
});
