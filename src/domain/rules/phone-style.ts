import type { Finding } from '../findings';
import { formatPhone } from '../phone/phones';
import type { Rule } from './rule';
import { fieldsOfKind } from './rule';

const PHONE_FIELDS = fieldsOfKind('phone');

/** `phone_style`: a valid number not written in house style; the suggestion is the house-style form. */
export const phoneStyleRule: Rule = {
  code: 'phone_style',
  check: (context) => {
    const findings: Finding[] = [];
    for (const field of PHONE_FIELDS) {
      if (context.isEmpty(field.key)) continue;
      const phone = context.phone(field.key);
      if (phone.kind !== 'phone') continue;
      const styled = formatPhone(phone, context.profile.houseStyle.phone);
      if (styled === context.text(field.key).trim()) continue;
      findings.push({ field: field.key, code: 'phone_style', severity: 'info', suggestion: styled });
    }
    return findings;
  },
};
