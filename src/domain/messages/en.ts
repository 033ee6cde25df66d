import { isFieldKey } from '../fields';
import type { Messages } from './types';
import { exampleDate } from './types';

/** English texts, for a Word UI in English. Dutch values (n.v.t., weekday names) are translated where they are ours. */
const WEEKDAY_EN: Readonly<Record<string, string>> = {
  zondag: 'Sunday',
  maandag: 'Monday',
  dinsdag: 'Tuesday',
  woensdag: 'Wednesday',
  donderdag: 'Thursday',
  vrijdag: 'Friday',
  zaterdag: 'Saturday',
};

const TYPE_EN: Readonly<Record<string, string>> = { number: 'a number', boolean: 'true/false', object: 'an object', array: 'a list holding non-text', null: 'null' };

const day = (name: string): string => WEEKDAY_EN[name] ?? name;

export const EN: Messages = {
  required: (finding) => (finding.severity === 'error' ? 'Fill in this field; it is required.' : 'Not filled in yet. Fill it in if you can.'),
  email_format: (finding, { param, profile }) =>
    param('reason') === 'multiple'
      ? `‘${param('value')}’ holds ${param('count')} email addresses. Enter one address here.`
      : finding.suggestion
      ? `‘${param('value')}’ is not a valid email address; did you mean ${finding.suggestion}?`
      : `‘${param('value')}’ is not a valid email address. Write it as name@${profile.emailDomains[0] ?? 'municipality.nl'}, without spaces.`,
  email_domain_typo: (finding, { param }) => `The domain ‘${param('domain')}’ looks like a typo; did you mean ${finding.suggestion ?? param('expected')}?`,
  email_external_domain: (_finding, { param }) =>
    `This address is not a municipal one (‘${param('domain')}’ instead of ${param('expected')}). Is that right?`,
  phone_format: (_finding, { param }) => {
    const value = param('value');
    const mobile = param('numberKind') === 'mobile';
    switch (param('reason')) {
      case 'characters':
        return `‘${value}’ holds characters that do not belong in a phone number. Write just the number, like +31 79 3468269.`;
      case 'foreign':
        return `‘${value}’ is a foreign number. Enter a Dutch number, like +31 79 3468269.`;
      case 'too_short':
      case 'too_long': {
        const few = param('reason') === 'too_short' ? 'too few' : 'too many';
        return mobile
          ? `‘${value}’ has ${few} digits: a mobile number is 06 followed by 8 digits (+31 6 12345678).`
          : `‘${value}’ has ${few} digits: a landline number is 10 digits including the area code (079 3468269).`;
      }
      default:
        return `‘${value}’ is not a valid Dutch phone number. Write it as +31 79 3468269, +31 6 12345678, 14 079 or 0800 1234.`;
    }
  },
  phone_style: (finding) => `In house style the number is written ‘${finding.suggestion ?? ''}’.`,
  date_format: (_finding, { param, profile }) => {
    const reason = param('reason');
    if (reason === 'nonexistent') return `‘${param('value')}’ is not on the calendar. Check the day and month.`;
    if (reason === 'missing_year') return `‘${param('value')}’ has no year. Write, for example, 13-10-2025.`;
    if (reason === 'weekday_mismatch') return `In ‘${param('value')}’ the day of the week does not match the date.`;
    return `‘${param('value')}’ is not a date. Write a date like ${exampleDate(profile)}, or ‘n.v.t.’ if this phase does not apply.`;
  },
  date_implausible: (_finding, { param }) => `The year ${param('year')} looks like a typo. Check the date.`,
  date_style: (finding) => `In house style this is written ‘${finding.suggestion ?? ''}’.`,
  planning_order: (_finding, { label, param }) => {
    const earlier = param('earlier');
    const earlierLabel = isFieldKey(earlier) ? label(earlier) : earlier;
    // The English labels carry the Dutch term in brackets ("Opinion forming (Oordeelsvorming)"): no second pair.
    return `This date, ${param('date')}, must come after ${earlierLabel}, ${param('earlierDate')}: the order is information gathering, opinion forming, decision making.`;
  },
  planning_all_nvt: () => 'All three phases are ‘n.v.t.’ (not applicable): enter at least one date for information gathering, opinion forming or decision making.',
  planning_besluit_missing: (_finding, { param }) =>
    `The purpose is ‘${param('doel')}’ (a council decision), but decision making is ‘n.v.t.’. Enter the date of the council meeting.`,
  planning_weekday: (finding, { param, profile }) =>
    `This date is a ${day(param('actual'))}; the council of ${profile.gemeente} meets on ${day(param('weekday'))}. ` +
    (finding.suggestion ? `Did you mean ${day(param('weekday'))} ${finding.suggestion}?` : 'Is the date right?'),
  planning_no_meeting: (finding, { param }) => {
    const date = param('date');
    const reason = param('reason');
    const what =
      reason === 'cancelled'
        ? `‘${param('meeting')}’ on ${date} is cancelled in the meeting calendar.`
        : reason === 'other'
        ? `On ${date} the meeting calendar has ‘${param('meeting')}’, not a meeting for this phase.`
        : `The meeting calendar has no meeting for this phase on ${date}.`;
    return finding.suggestion ? `${what} The next one is on ${finding.suggestion}.` : `${what} The calendar has no later meeting for this phase.`;
  },
  planning_in_past: (_finding, { param }) => `This date, ${param('date')}, is in the past (today is ${param('today')}). Is the planning still right?`,
  onderwerp_too_long: (_finding, { param }) =>
    `This text is ${param('length')} characters long. As the title of an agenda item, Open Raadsinformatie allows at most ${param('max')}; the council information system may refuse or cut a longer one.`,
  value_unlisted: (finding, { param }) =>
    finding.suggestion
      ? `‘${param('value')}’ is not in the list; did you mean ‘${finding.suggestion}’?`
      : `‘${param('value')}’ is not in the municipality's list. That is allowed, but check the value.`,
  unknown_key: (_finding, { param }) => `‘${param('key')}’ is not a field of the annotatie and is ignored.`,
  value_type: (_finding, { param }) => `The value of ‘${param('key')}’ is not text but ${TYPE_EN[param('type')] ?? param('type')}, and is ignored.`,
  text_invalid_characters: (finding, { param }) =>
    finding.severity === 'error'
      ? `This text holds characters a Word document cannot store (${param('characters')}); they are dropped when saving.`
      : `This text holds invisible characters that change the reading direction (${param('characters')}), so the text looks different from what it is. Remove them.`,
  control_missing: () => 'This field is missing from the document. Insert the annotatie again or restore the field.',
  control_duplicate: () => 'This field occurs more than once in the document (often through copy and paste). Remove the copy.',
};
