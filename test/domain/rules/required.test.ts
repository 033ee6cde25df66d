import { FIELDS, placeholderFor } from '../../../src/domain';
import { findingsOf } from '../helpers';

describe('required', () => {
  it.each(FIELDS.filter((field) => field.required !== 'optional').map((field) => [field.key, field.required] as const))(
    '%s empty gives a %s',
    (key, severity) => {
      expect(findingsOf('required', { [key]: '' })).toEqual([{ field: key, code: 'required', severity }]);
      expect(findingsOf('required', { [key]: undefined })).toEqual([{ field: key, code: 'required', severity }]);
    },
  );

  it.each([
    ['spaces', '   '],
    ['tabs and newlines', '\t\n \n'],
    ['no-break spaces', '\u00a0\u00a0'],
    ['zero-width spaces Word leaves behind', '\u200b\ufeff'],
    ['a table cell’s end mark and a manual line break', '\u0007\u000b'],
    ['control characters only', '\u0000\u0001\u001f'],
    ['Word’s Dutch placeholder', 'Klik of tik om tekst in te voeren.'],
    ['Word’s English placeholder', 'Click or tap here to enter text.'],
    ['our own placeholder', placeholderFor('onderwerp')],
    ['our English placeholder, odd spacing', `  ${placeholderFor('onderwerp', 'en')} `],
  ])('counts %s as empty', (_name, text) => {
    expect(findingsOf('required', { onderwerp: text })).toEqual([{ field: 'onderwerp', code: 'required', severity: 'error' }]);
  });

  it.each(FIELDS.filter((field) => field.required === 'optional').map((field) => [field.key]))('%s may stay empty', (key) => {
    expect(findingsOf('required', { [key]: '' })).toEqual([]);
  });

  it.each([['x'], ['n.v.t.'], ['Onderwerp met een placeholder-woord: Klik']])('accepts %j', (text) => {
    expect(findingsOf('required', { onderwerp: text })).toEqual([]);
  });
});
