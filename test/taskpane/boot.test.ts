import { boot, type HostReady } from '../../src/taskpane/boot';

const ready = (displayLanguage: string | undefined): HostReady => ({ displayLanguage });
const hangs = (): Promise<HostReady | null> => new Promise(() => undefined);

type Row = readonly [string, () => Promise<HostReady | null>, string, Readonly<Record<string, string>>];

describe('booting the pane', () => {
  it.each<Row>([
    ['Word in Dutch', async () => ready('nl-NL'), 'nl-NL', { kind: 'word', language: 'nl' }],
    ['Word in English', async () => ready('en-GB'), 'nl-NL', { kind: 'word', language: 'en' }],
    ['Word in German falls back to Dutch', async () => ready('de-DE'), 'en-US', { kind: 'word', language: 'nl' }],
    ['a plain browser (no host)', async () => null, 'en-US', { kind: 'outside', reason: 'noHost', language: 'en' }],
    ['office.js that throws', async () => Promise.reject(new Error('Office is not defined')), 'nl', { kind: 'outside', reason: 'failed', language: 'nl' }],
    ['office.js that hangs answers', hangs, 'nl-NL', { kind: 'outside', reason: 'timeout', language: 'nl' }],
  ])('%s', async (_name, start, browserLanguage, expected) => {
    const outcome = await boot(start, browserLanguage, 50);
    expect(outcome).toMatchObject(expected);
  });
});
