import fc from 'fast-check';
import { isBlank } from '../../src/domain/text';
import { tightenAround, trimTrailingDots } from '../../src/domain/rules/email-format';

/**
 * The loops that replaced backtracking regexes (issue 8, class 1) against the regexes they
 * replace, on input short enough for those to finish.
 */
// eslint-disable-next-line no-control-regex -- the pattern isBlank used to be
const OLD_BLANK = /^(?:\s|[\u0000-\u001f\u007f]|\u200b|\u200c|\u200d|\u2060|\ufeff)*$/u;

describe('isBlank', () => {
  it('holds exactly the characters of the pattern it replaced, code unit by code unit', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (isBlank(char) !== OLD_BLANK.test(char)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
    expect(isBlank('')).toBe(true);
    expect(isBlank('😀')).toBe(false);
  });

  it('agrees with it on short strings of blanks and not-blanks', () => {
    const unit = fc.constantFrom(' ', '\t', '\n', '\r', '\u000b', '\u0007', '\u00a0', '\u200b', '\u200d', '\u2060', '\ufeff', '\u3000', 'x', '.', '\ud800', '😀');
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (text) => isBlank(text) === OLD_BLANK.test(text)), { numRuns: 2000 });
  });

  it('ten million blanks: true, where the regex overflowed its stack (RangeError)', () => {
    expect(isBlank('\t'.repeat(10_000_000))).toBe(true);
    expect(isBlank(`${'\ufeff\r\n'.repeat(3_000_000)}x`)).toBe(false);
  });
});

describe('e-mail repair helpers', () => {
  const unit = fc.constantFrom(' ', '\t', '\u00a0', '\ufeff', '@', '.', 'a', 'b', ',');
  it('tightenAround is `replace(/\\s*([@.])\\s*/gu, "$1")`', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (text) => tightenAround(text) === text.replace(/\s*([@.])\s*/gu, '$1')), { numRuns: 3000 });
  });

  it('trimTrailingDots is `replace(/\\.+$/, "")`', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (text) => trimTrailingDots(text) === text.replace(/\.+$/, '')), { numRuns: 3000 });
  });
});
