import { WORD_API_SUBSET_CHECKS } from '../../src/document/word/api';
import type { ContentControlApi, RequestContextApi } from '../../src/document/word/api';
import { FakeContentControl } from '../../src/document/word/fake/proxies';

/**
 * The narrowed API is a checked subset of @types/office-js (see src/document/word/api.ts). These
 * lines only compile while that holds; `npm test` runs tsc over test/, so a regression fails CI.
 */
type NoExtraKeys<Narrow, Real> = Exclude<keyof Narrow, keyof Real> extends never ? true : false;

// A member Word does not have is caught: this interface adds `setValue`, which Word.ContentControl lacks.
interface WithInventedMethod extends ContentControlApi {
  setValue(text: string): void;
}
// @ts-expect-error -- `setValue` is not a member of Word.ContentControl
const invented: NoExtraKeys<WithInventedMethod, Word.ContentControl> = true;

// And the fake cannot grow a method the narrowed API (hence Word) lacks and have it used through the API.
function useThroughApi(control: ContentControlApi): void {
  // @ts-expect-error -- `getOoxmlFast` exists nowhere in Word
  control.getOoxmlFast();
}

// Track changes stay as the user set them: the layer's API cannot even switch them off.
function switchTrackingOff(context: RequestContextApi): void {
  // @ts-expect-error -- changeTrackingMode is read-only in the layer's API
  context.document.changeTrackingMode = 'Off';
}

it('the compile-time checks hold (all true)', () => {
  expect(typeof switchTrackingOff).toBe('function');
  expect(invented).toBe(true);
  expect(typeof useThroughApi).toBe('function');
  expect(typeof FakeContentControl).toBe('function');
  expect(Object.values(WORD_API_SUBSET_CHECKS).flat().every((value) => value === true)).toBe(true);
});
