import type { Rule } from './rule';
import { requiredRule } from './required';
import { emailFormatRule } from './email-format';
import { emailDomainTypoRule } from './email-domain-typo';
import { emailExternalDomainRule } from './email-external-domain';
import { phoneFormatRule } from './phone-format';
import { phoneStyleRule } from './phone-style';
import { dateFormatRule } from './date-format';
import { dateStyleRule } from './date-style';
import { dateImplausibleRule } from './date-implausible';
import { planningOrderRule } from './planning-order';
import { planningAllNvtRule } from './planning-all-nvt';
import { planningBesluitMissingRule } from './planning-besluit-missing';
import { planningWeekdayRule } from './planning-weekday';
import { planningNoMeetingRule } from './planning-no-meeting';
import { planningInPastRule } from './planning-in-past';
import { onderwerpTooLongRule } from './onderwerp-too-long';
import { valueUnlistedRule } from './value-unlisted';
import { textInvalidCharactersRule } from './text-invalid-characters';

/**
 * Every rule that looks at values alone. unknown_key and value_type come from reading JSON
 * (parseValuesJson), control_* from documents: those need more than values.
 */
export const RULES: readonly Rule[] = [
  requiredRule,
  emailFormatRule,
  emailDomainTypoRule,
  emailExternalDomainRule,
  phoneFormatRule,
  phoneStyleRule,
  dateFormatRule,
  dateStyleRule,
  dateImplausibleRule,
  planningOrderRule,
  planningAllNvtRule,
  planningBesluitMissingRule,
  planningWeekdayRule,
  planningNoMeetingRule,
  planningInPastRule,
  onderwerpTooLongRule,
  valueUnlistedRule,
  textInvalidCharactersRule,
];
