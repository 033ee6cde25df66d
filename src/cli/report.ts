import type { Finding, Language, Profile, Severity } from '../domain';
import { fieldByKey, reportFindings } from '../domain';
import { CLI_TEXTS } from './messages';

/** Counts per severity, for summary lines. */
export function countBySeverity(findings: readonly Finding[]): Readonly<Record<Severity, number>> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * Human lines for findings: `fout  E-mail behandelend ambtenaar: <message>`, labels in the output
 * language, one line each (newlines in quoted values were already squashed by the domain).
 */
export function findingLines(findings: readonly Finding[], lang: Language, profile: Profile): readonly string[] {
  const texts = CLI_TEXTS[lang];
  const width = Math.max(...Object.values(texts.severity).map((word) => word.length));
  return reportFindings(findings, lang, profile).map((finding) => {
    const label = finding.field === null ? texts.wholeAnnotatie : fieldByKey(finding.field).label[lang];
    return `${texts.severity[finding.severity].padEnd(width)}  ${label}: ${finding.message}`;
  });
}
