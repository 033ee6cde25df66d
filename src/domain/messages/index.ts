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

/** The text for people of one finding, in Dutch or English (STYLE habit 3: text is rendered at the edge). */
export function messageFor(finding: Finding, lang: Language = 'nl', profile: Profile = DEFAULT_PROFILE): string {
  const context: MessageContext = {
    lang,
    profile,
    label: (key) => (isFieldKey(key) ? fieldByKey(key).label[lang] : String(key)),
    param: (name) => finding.params?.[name] ?? '',
  };
  return MESSAGES[lang][finding.code](finding, context);
}

/** Findings as the CLI's JSON and the task pane show them (contract §4): code, severity, field, message, suggestion. */
export function reportFindings(findings: readonly Finding[], lang: Language = 'nl', profile: Profile = DEFAULT_PROFILE): readonly ReportedFinding[] {
  return findings.map((finding) => ({
    field: finding.field,
    code: finding.code,
    severity: finding.severity,
    message: messageFor(finding, lang, profile),
    ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
  }));
}
