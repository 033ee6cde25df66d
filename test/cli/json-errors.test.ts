import { main } from '../../src/cli/main';
import { writeDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';

type ErrorDoc = { readonly error: { readonly code: string; readonly message: string } };

const FILES = { 'v.json': JSON.stringify(seed), 'a.docx': writeDocx(seed), 'kapot.docx': 'geen zip', 'lijst.json': '[]', 'p.json': '{}' };

/**
 * With --json a script reads stdout only: every usage or file problem is exactly one JSON
 * document `{ "error": { code, message } }` there, and still one line on stderr for people.
 */
describe('--json: usage and file errors are one JSON document on stdout too', () => {
  it.each([
    ['an unknown command', ['frobnicate', '--json'], 'usage', 'onbekende opdracht ‘frobnicate’.'],
    ['a bad --lang', ['validate', 'v.json', '--json', '--lang', 'fr'], 'usage', '--lang moet nl of en zijn, niet ‘fr’.'],
    ['validate: an unknown option', ['validate', 'v.json', '--json', '--x'], 'usage', 'onbekende optie ‘--x’.'],
    ['validate: a missing file', ['validate', 'weg.json', '--json'], 'file_missing', '‘weg.json’ bestaat niet.'],
    ['validate: not an object', ['validate', 'lijst.json', '--json'], 'not_an_object', '‘lijst.json’ bevat geen JSON-object met waarden.'],
    ['validate: a bad profile', ['validate', 'v.json', '--json', '--profile', 'p.json'], 'bad_profile', 'ongeldig profiel: '],
    ['new: not a .docx name', ['new', 'uit.txt', '--json'], 'usage', '‘uit.txt’ is geen .docx-naam'],
    ['new: a missing --from file', ['new', 'uit.docx', '--from', 'weg.json', '--json'], 'file_missing', '‘weg.json’ bestaat niet.'],
    ['new: the file exists', ['new', 'a.docx', '--from', 'v.json', '--json'], 'file_exists', '‘a.docx’ bestaat al'],
    ['check: no file', ['check', '--json'], 'usage', 'verwacht precies één BESTAND.docx of MAP.'],
    ['export: a missing file', ['export', 'weg.docx', '--json'], 'file_missing', '‘weg.docx’ bestaat niet.'],
    ['export: not a .docx', ['export', 'kapot.docx', '--json'], 'not_zip', '‘kapot.docx’ is niet te lezen'],
    ['export: --json and --csv', ['export', 'a.docx', '--json', '--csv'], 'usage', 'kies --json of --csv, niet allebei.'],
  ])('%s', async (_name, argv, code, message) => {
    const fs = memoryIo(FILES);
    expect(await main(argv, fs.io)).toBe(2);
    const doc = JSON.parse(fs.stdout()) as ErrorDoc;
    expect(Object.keys(doc)).toEqual(['error']);
    expect(doc.error.code).toBe(code);
    expect(doc.error.message.startsWith(message)).toBe(true);
    expect(doc.error.message).not.toMatch(/^annotatie: /);
    expect(fs.stderr().split('\n')[0]).toBe(`annotatie: ${doc.error.message}`);
  });

  it('without --json stdout stays empty', async () => {
    const fs = memoryIo(FILES);
    expect(await main(['export', 'weg.docx'], fs.io)).toBe(2);
    expect(fs.stdout()).toBe('');
  });

  it('export of several files lists the failed ones beside the exports', async () => {
    const fs = memoryIo(FILES);
    expect(await main(['export', 'a.docx', 'weg.docx', '--json'], fs.io)).toBe(2);
    const doc = JSON.parse(fs.stdout()) as { exports: unknown[]; errors: unknown[] };
    expect(doc.exports).toHaveLength(1);
    expect(doc.errors).toEqual([{ file: 'weg.docx', code: 'file_missing', message: '‘weg.docx’ bestaat niet.' }]);
  });

  it.each([
    ['nl', 'EACCES', 'geen toegang'],
    ['en', 'EACCES', 'access denied'],
    ['nl', 'ENOENT', 'de map bestaat niet'],
    ['en', 'ENOENT', 'the folder does not exist'],
    ['nl', 'EROFS', 'de schijf is alleen-lezen'],
  ])('--lang %s: %s when writing is said in words', async (lang, errno, words) => {
    const fs = memoryIo(FILES);
    const io = { ...fs.io, createExclusive: async () => Promise.reject(Object.assign(new Error(errno), { code: errno })) };
    expect(await main(['new', 'map/uit.docx', '--json', '--lang', lang], io)).toBe(2);
    const doc = JSON.parse(fs.stdout()) as ErrorDoc;
    expect(doc.error.code).toBe('cannot_write');
    expect(doc.error.message).toContain(`(${words})`);
    expect(doc.error.message).not.toContain(errno);
  });

  it('reading a file without access is said in words', async () => {
    const fs = memoryIo(FILES);
    const io = { ...fs.io, readFile: async () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) };
    expect(await main(['validate', 'v.json', '--json'], io)).toBe(2);
    expect(JSON.parse(fs.stdout())).toEqual({ error: { code: 'file_unreadable', message: '‘v.json’ is niet te lezen (geen toegang).' } });
  });
});
