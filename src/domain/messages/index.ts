import type { Language } from '../fields';
import { fieldByKey, isFieldKey } from '../fields';
import type { Finding, ReportedFinding } from '../findings';
import type { Profile } from '../profile';
import { DEFAULT_PROFILE } from '../profile';
import { EN } from './en';
import { NL } from './nl';
import type { MessageContext, Messages } from './types';

export type { Messages, MessageContext } from './types';

export const MESSAGES: Readonly<Record<Language, Messages>> = { nl: NL, en: EN };

/**
 * Characters that show as nothing (or as a space) but change what a value is: controls, format
 * characters (zero-width space and joiners, bidi controls, soft hyphen, BOM), lone surrogates and
 * the other default-ignorable code points. Variation selectors are left alone: they belong to the
 * emoji or CJK character before them.
 */
const INVISIBLE = /(?![\p{Variation_Selector}])[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * `text` with each invisible character written out as ⟨U+200B⟩. A value quoted in a message must
 * show what is wrong with it: "jan@zoetermeer\u200b.nl" printed as is reads as a correct address,
 * and squashed to a space it reads as one with a space in it.
 */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (char) => `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** The text for people of one finding, in Dutch or English (text is rendered at the edge, from the code and params). */
export function findingMessage(finding: Finding, lang: Language = 'nl', profile: Profile = DEFAULT_PROFILE): string {
  const context: MessageContext = {
    lang,
    profile,
    label: (key) => (isFieldKey(key) ? fieldByKey(key).label[lang] : String(key)),
    param: (name) => visibleText(finding.params?.[name] ?? ''),
  };
  // The suggestion stays raw in the finding (it is the value to apply); only its display changes.
  const shown: Finding = finding.suggestion === undefined ? finding : { ...finding, suggestion: visibleText(finding.suggestion) };
  return MESSAGES[lang][finding.code](shown, context);
}

/** Findings as the CLI's JSON and the task pane show them (contract §4): code, severity, field, message, suggestion. */
export function reportFindings(findings: readonly Finding[], lang: Language = 'nl', profile: Profile = DEFAULT_PROFILE): readonly ReportedFinding[] {
  return findings.map((finding) => ({
    field: finding.field,
    code: finding.code,
    severity: finding.severity,
    message: findingMessage(finding, lang, profile),
    ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
  }));
}
