import { main } from '../../src/cli/main';
import { terminalSafe } from '../../src/cli/terminal';
import type { AnnotatieValues } from '../../src/domain/fields';
import { writeDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';

/** QA's value: clears the screen and retitles the terminal window when printed raw. */
const HOSTILE = 'x\x1b[2J\x1b]0;pwned\x07@zoetemeer.nl';
const VALUES: AnnotatieValues = { ...seed, 'ambtenaar.email': HOSTILE, onderwerp: 'Rekenkamer \u202eLPX.exe\u202c \x9b31m' };
// eslint-disable-next-line no-control-regex -- the test looks for exactly these
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it.each([
    ['ESC and BEL', 'a\x1b[2J\x07b', 'a\\u001b[2J\\u0007b'],
    ['C1 CSI', '\x9b31m', '\\u009b31m'],
    ['tab, CR and line feed', 'a\tb\rc\nd', 'a\\u0009b\\u000dc\\u000ad'],
    ['DEL', '\x7f', '\\u007f'],
    ['bidi override and isolate', '\u202eabc\u2066', '\\u202eabc\\u2066'],
    ['ordinary Dutch text', 'Alle programma’s — café', 'Alle programma’s — café'],
  ])('%s', (_name, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });
});

describe('human output never carries raw control characters', () => {
  const docx = writeDocx(VALUES);
  // XML 1.0 cannot hold C0 controls, so a .docx brings C1 controls and bidi overrides instead.
  it.each([
    // Messages already show invisible characters as ⟨U+…⟩ (domain message layer), before the CLI escapes.
    ['validate', ['validate', 'v.json'], '‘x⟨U+001B⟩[2J⟨U+001B⟩]0;pwned⟨U+0007⟩@zoetemeer.nl’'],
    ['validate --lang en', ['validate', 'v.json', '--lang', 'en'], '⟨U+001B⟩[2J'],
    ['check', ['check', 'a.docx', 'b/'], 'b/\\u001b.docx'],
    ['export', ['export', 'a.docx'], 'Rekenkamer \\u202eLPX.exe\\u202c \\u009b31m'],
    ['export, several files', ['export', 'a.docx', 'b/\x1b.docx'], '== b/\\u001b.docx'],
  ])('%s', async (_name, argv, shown) => {
    const fs = memoryIo({ 'v.json': JSON.stringify(VALUES), 'a.docx': docx, 'b/\x1b.docx': docx });
    await main(argv, fs.io);
    expect(fs.stdout()).not.toMatch(RAW);
    expect(fs.stderr()).not.toMatch(RAW);
    expect(fs.stdout()).toContain(shown);
  });

  it('escapes file names in error lines too', async () => {
    const fs = memoryIo();
    expect(await main(['check', 'x\x1b[2J.docx'], fs.io)).toBe(2);
    expect(fs.stderr()).toContain('x\\u001b[2J.docx');
    expect(fs.stderr()).not.toMatch(RAW);
  });

  it('leaves JSON output to JSON.stringify, which escapes it already', async () => {
    const fs = memoryIo({ 'v.json': JSON.stringify(VALUES) });
    await main(['validate', 'v.json', '--json'], fs.io);
    expect(fs.stdout()).not.toContain('\x1b');
    expect(fs.stdout()).toContain('x⟨U+001B⟩[2J');
  });
});
