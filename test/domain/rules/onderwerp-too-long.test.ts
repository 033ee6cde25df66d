import { ORI_TITLE_MAX, findingMessage, placeholderFor } from '../../../src/domain';
import { findingsOf } from '../helpers';

const tooLong = (onderwerp: string) => findingsOf('onderwerp_too_long', { onderwerp });

describe('onderwerp_too_long', () => {
  it('100 characters fit an ORI agenda item title; 101 do not', () => {
    expect(tooLong('x'.repeat(ORI_TITLE_MAX))).toEqual([]);
    expect(tooLong('x'.repeat(ORI_TITLE_MAX + 1))).toEqual([{ field: 'onderwerp', code: 'onderwerp_too_long', severity: 'warning', params: { length: '101', max: '100' } }]);
  });

  it('counts code points, as JSON Schema’s maxLength does: 100 emoji (200 UTF-16 units) fit', () => {
    expect(tooLong('😀'.repeat(ORI_TITLE_MAX))).toEqual([]);
    expect(tooLong('😀'.repeat(ORI_TITLE_MAX + 1))).toMatchObject([{ params: { length: '101' } }]);
  });

  it('counts the text as the export writes it: one line, whitespace runs as one space, trimmed', () => {
    expect(tooLong(`  ${'x'.repeat(50)}\n\n   ${'y'.repeat(49)}  `)).toEqual([]);
    expect(tooLong(`${'x'.repeat(50)}\u0007${'y'.repeat(50)}`)).toEqual([]); // the bell is dropped on writing
  });

  it('nothing for an empty onderwerp or its placeholder (required says so)', () => {
    expect(tooLong('')).toEqual([]);
    expect(tooLong('   ')).toEqual([]);
    expect(tooLong(placeholderFor('onderwerp'))).toEqual([]);
  });

  it('stays cheap on a megabyte paste', () => {
    expect(tooLong('x'.repeat(1_000_000))).toMatchObject([{ params: { length: '1000000' } }]);
  });

  it('says why in Dutch and English', () => {
    const [finding] = tooLong('x'.repeat(123));
    expect(finding && findingMessage(finding, 'nl')).toBe(
      'Deze tekst is 123 tekens lang. Als titel van een agendapunt mag hij in Open Raadsinformatie ten hoogste 100 tekens hebben; het raadsinformatiesysteem kan een langere weigeren of afkappen.',
    );
    expect(finding && findingMessage(finding, 'en')).toBe(
      'This text is 123 characters long. As the title of an agenda item, Open Raadsinformatie allows at most 100; the council information system may refuse or cut a longer one.',
    );
  });
});
