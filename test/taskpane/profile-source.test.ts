import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PROFILE, loadProfile } from '../../src/domain';
import type { FetchText } from '../../src/taskpane/profile-source';
import { fetchProfile, paneProfile, profileRequest } from '../../src/taskpane/profile-source';

const PAGE = 'https://addin.gemeente.nl/annotatie/taskpane.html?profile=x';
const delft = readFileSync(join(__dirname, '..', '..', 'profiles', 'delft.json'), 'utf8');
const reader = { embedded: DEFAULT_PROFILE, load: loadProfile };

function serving(files: Readonly<Record<string, string>>): FetchText & { readonly asked: string[] } {
  const asked: string[] = [];
  const fetchText = async (url: string) => {
    asked.push(url);
    const text = files[url];
    return { ok: text !== undefined, status: text === undefined ? 404 : 200, text: async () => text ?? '' };
  };
  return Object.assign(fetchText, { asked });
}

describe('which profile the pane asks for', () => {
  it.each([
    ['', { kind: 'embedded' }],
    ['?profile=', { kind: 'embedded' }],
    ['?demo=empty', { kind: 'embedded' }],
    ['?profile=profiles/delft.json', { kind: 'file', name: 'profiles/delft.json', url: 'https://addin.gemeente.nl/annotatie/profiles/delft.json' }],
    ['?profile=%2Fprofiles%2Fdelft.json', { kind: 'file', name: '/profiles/delft.json', url: 'https://addin.gemeente.nl/profiles/delft.json' }],
    ['?profile=../gedeeld/delft.json', { kind: 'file', name: '../gedeeld/delft.json', url: 'https://addin.gemeente.nl/gedeeld/delft.json' }],
  ])('%j → %j', (search, expected) => {
    expect(profileRequest(search, PAGE)).toEqual(expected);
  });

  it.each([
    ['https://elders.nl/delft.json'],
    ['https://addin.gemeente.nl/annotatie/profiles/delft.json'],
    ['//elders.nl/delft.json'],
    ['\\\\elders.nl\\delft.json'],
    ['/\\elders.nl/delft.json'],
    ['javascript:alert(1)'],
    ['data:application/json,{}'],
    ['profiles/del\tft.json'],
  ])('refuses %j: only a path on the add-in’s own site', (name) => {
    expect(profileRequest(`?profile=${encodeURIComponent(name)}`, PAGE)).toEqual({ kind: 'refused', name });
  });
});

describe('fetching and reading it', () => {
  it('reads a municipality’s profile from its own site, in parallel with nothing else to wait for', async () => {
    const fetchText = serving({ 'https://addin.gemeente.nl/annotatie/profiles/delft.json': delft });
    const fetched = await fetchProfile(profileRequest('?profile=profiles/delft.json', PAGE), fetchText);
    const result = paneProfile(fetched, 'nl', reader);
    expect(result).toMatchObject({ ok: true, name: 'profiles/delft.json', profile: { gemeente: 'Delft', meetingWeekday: 'donderdag', emailDomains: ['delft.nl'] } });
  });

  it('uses the embedded profile without fetching anything', async () => {
    const fetchText = serving({});
    expect(paneProfile(await fetchProfile({ kind: 'embedded' }, fetchText), 'nl', reader)).toEqual({ ok: true, profile: DEFAULT_PROFILE });
    expect(fetchText.asked).toEqual([]);
  });

  it('never fetches a refused name', async () => {
    const fetchText = serving({});
    const fetched = await fetchProfile(profileRequest('?profile=https://elders.nl/p.json', PAGE), fetchText);
    expect(paneProfile(fetched, 'nl', reader)).toEqual({ ok: false, problem: { kind: 'refused', name: 'https://elders.nl/p.json' } });
    expect(fetchText.asked).toEqual([]);
  });

  it('says when the file is not there (HTTP status) or the site does not answer', async () => {
    expect(await fetchProfile(profileRequest('?profile=profiles/weg.json', PAGE), serving({}))).toEqual({
      kind: 'problem',
      problem: { kind: 'unreachable', name: 'profiles/weg.json', url: 'https://addin.gemeente.nl/annotatie/profiles/weg.json', status: 404 },
    });
    const offline: FetchText = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchProfile(profileRequest('?profile=profiles/delft.json', PAGE), offline)).toEqual({
      kind: 'problem',
      problem: { kind: 'unreachable', name: 'profiles/delft.json', url: 'https://addin.gemeente.nl/annotatie/profiles/delft.json' },
    });
  });

  it.each([
    ['nl', '{ "id": "x"', 'profiles/kapot.json: geen geldige JSON'],
    ['nl', delft.replace('"meetingWeekday": "donderdag"', '"meetingWeekday": "thursday"'), 'profiles/kapot.json: meetingWeekday moet een van'],
    ['en', delft.replace('"Veiligheid",', '12,'), 'profiles/kapot.json: options.programma[2] must be text'],
  ] as const)('a profile that does not validate names the file and the property (%s)', async (language, text, error) => {
    const fetched = await fetchProfile(profileRequest('?profile=profiles/kapot.json', PAGE), serving({ 'https://addin.gemeente.nl/annotatie/profiles/kapot.json': text }));
    const result = paneProfile(fetched, language, reader);
    expect(result.ok).toBe(false);
    if (!result.ok && result.problem.kind === 'invalid') expect(result.problem.error).toContain(error);
    else throw new Error(`expected an invalid profile, got ${JSON.stringify(result)}`);
  });
});
