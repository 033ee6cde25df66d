import { FIELDS } from '../../src/domain/fields';
import type { FieldKey } from '../../src/domain/fields';
import { WORD_FAILURE_KINDS, messageFor } from '../../src/document/port';
import type { WordFailure, WordFailureKind } from '../../src/document/port';
import { classifyError } from '../../src/document/word/failure';
import { FakeWordError } from '../../src/document/word/fake';
import { wordText } from '../../src/document/word/text';

function failureOf(kind: WordFailureKind, written: FieldKey[] = [], notWritten: FieldKey[] = [], uncertain: FieldKey[] = []): WordFailure {
  return { kind, operation: 'write', written, notWritten, uncertain };
}

describe('messageFor', () => {
  it.each(WORD_FAILURE_KINDS.flatMap((kind) => [[kind, 'nl'] as const, [kind, 'en'] as const]))(
    'has a %s sentence in %s',
    (kind, lang) => {
      const text = messageFor(failureOf(kind), lang);
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|\[object/);
    },
  );

  it.each([
    [
      'nl' as const,
      failureOf('accessDenied', [], ['onderwerp', 'ambtenaar.email']),
      'Word staat wijzigen hier niet toe: het document is beveiligd, alleen-lezen of het veld is vergrendeld. Niet geschreven: Onderwerp, E-mail behandelend ambtenaar. Uw invoer is bewaard in het taakvenster en als concept; probeer het opnieuw.',
    ],
    [
      'en' as const,
      failureOf('generalException', ['onderwerp'], ['programma']),
      'Word could not carry out the change. Written: Subject. Not written: Programme. Your input is kept in the task pane and as a draft; please try again.',
    ],
    [
      'nl' as const,
      failureOf('connectionLost', [], [], ['toelichting.kern']),
      'De verbinding met Word is verbroken. Onbekend of dit is geschreven: Overige toelichting. Uw invoer is bewaard in het taakvenster en als concept; probeer het opnieuw.',
    ],
  ])('says in %s what was and was not written', (lang, failure, expected) => {
    expect(messageFor(failure, lang)).toBe(expected);
  });
});

describe('classifyError', () => {
  it.each([
    [new FakeWordError('AccessDenied', 'x'), 'accessDenied'],
    // Word on the web's answer in a protected document (office-js-docs #981).
    [new FakeWordError('NotAllowed', 'x'), 'accessDenied'],
    [new FakeWordError('GeneralException', 'x'), 'generalException'],
    [new FakeWordError('ItemNotFound', 'x'), 'itemNotFound'],
    [new FakeWordError('ApiNotFound', 'x'), 'notSupported'],
    [new FakeWordError('ConnectionFailure', 'x'), 'connectionLost'],
    [new TypeError('Failed to fetch'), 'connectionLost'],
    [new FakeWordError('Timeout', 'x'), 'connectionLost'],
    [new FakeWordError('InvalidOrTimedOutSession', 'x'), 'connectionLost'],
    [new FakeWordError('SomethingNew', 'x'), 'unknown'],
    ['a string', 'unknown'],
    [null, 'unknown'],
  ])('%p is %s', (error, kind) => {
    expect(classifyError(error).kind).toBe(kind);
  });
});

it('every field has a label in both languages for the messages', () => {
  for (const field of FIELDS) expect(field.label.nl && field.label.en).toBeTruthy();
});

describe('wordText', () => {
  it.each([
    ['plain', 'Rekenkamer', 'Rekenkamer'],
    ['line endings', 'a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['tab kept', 'a\tb', 'a\tb'],
    ['C0 controls dropped', 'a\u0000b\u0001c\u000bd\u001f', 'abcd'],
    ['non-characters dropped', 'a\ufffeb\uffff', 'ab'],
    ['lone surrogates dropped', 'a\ud800b\udc00', 'ab'],
    ['emoji and RTL kept', '👩🏽‍💼 مرحبا \u202e', '👩🏽‍💼 مرحبا \u202e'],
  ])('%s', (_name, input, expected) => {
    expect(wordText(input)).toBe(expected);
  });
});
