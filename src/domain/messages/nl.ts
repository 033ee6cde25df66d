import { isFieldKey } from '../fields';
import type { Messages } from './types';
import { exampleDate } from './types';

/** JSON value types as parseValuesJson names them. */
const TYPE_NL: Readonly<Record<string, string>> = { number: 'een getal', boolean: 'ja/nee (true/false)', object: 'een object', array: 'een lijst met ook niet-tekst', null: 'null' };

/** Dutch texts, the default (users are ambtenaren and the griffie of a Dutch municipality). */
export const NL: Messages = {
  required: (finding) => (finding.severity === 'error' ? 'Vul dit veld in; het is verplicht.' : 'Nog niet ingevuld. Vul dit in als het kan.'),
  email_format: (finding, { param, profile }) =>
    param('reason') === 'multiple'
      ? `‘${param('value')}’ bevat ${param('count')} e-mailadressen. Vul hier één adres in.`
      : finding.suggestion
      ? `‘${param('value')}’ is geen geldig e-mailadres; bedoelt u ${finding.suggestion}?`
      : `‘${param('value')}’ is geen geldig e-mailadres. Schrijf het als naam@${profile.emailDomains[0] ?? 'gemeente.nl'}, zonder spaties.`,
  email_domain_typo: (finding, { param }) =>
    `Het domein ‘${param('domain')}’ lijkt op een tikfout; bedoelt u ${finding.suggestion ?? param('expected')}?`,
  email_external_domain: (_finding, { param }) =>
    `Het adres hoort niet bij de gemeente (‘${param('domain')}’ in plaats van ${param('expected')}). Klopt dat?`,
  phone_format: (_finding, { param }) => {
    const value = param('value');
    const mobile = param('numberKind') === 'mobile';
    switch (param('reason')) {
      case 'characters':
        return `‘${value}’ bevat tekens die niet in een telefoonnummer horen. Schrijf alleen het nummer, zoals +31 79 3468269.`;
      case 'foreign':
        return `‘${value}’ is een buitenlands nummer. Vul een Nederlands nummer in, zoals +31 79 3468269.`;
      case 'too_short':
      case 'too_long': {
        const few = param('reason') === 'too_short' ? 'te weinig' : 'te veel';
        return mobile
          ? `‘${value}’ heeft ${few} cijfers: een mobiel nummer is 06 met 8 cijfers erachter (+31 6 12345678).`
          : `‘${value}’ heeft ${few} cijfers: een vast nummer is 10 cijfers met het netnummer erbij (079 3468269).`;
      }
      default:
        return `‘${value}’ is geen geldig Nederlands telefoonnummer. Schrijf het als +31 79 3468269, +31 6 12345678, 14 079 of 0800 1234.`;
    }
  },
  phone_style: (finding) => `Schrijf het nummer in de huisstijl als ‘${finding.suggestion ?? ''}’.`,
  date_format: (_finding, { param, profile }) => {
    const reason = param('reason');
    if (reason === 'nonexistent') return `‘${param('value')}’ bestaat niet in de kalender. Controleer dag en maand.`;
    if (reason === 'missing_year') return `Bij ‘${param('value')}’ ontbreekt het jaar. Schrijf bijvoorbeeld 13-10-2025.`;
    if (reason === 'weekday_mismatch') return `In ‘${param('value')}’ klopt de dag van de week niet bij de datum.`;
    return `‘${param('value')}’ is geen datum. Schrijf een datum als ${exampleDate(profile)}, of ‘n.v.t.’ als deze fase niet van toepassing is.`;
  },
  date_implausible: (_finding, { param }) => `Het jaar ${param('year')} lijkt een tikfout. Controleer de datum.`,
  date_style: (finding) => `Schrijf dit in de huisstijl als ‘${finding.suggestion ?? ''}’.`,
  planning_order: (_finding, { label, param }) => {
    const earlier = param('earlier');
    const earlierLabel = isFieldKey(earlier) ? label(earlier) : earlier;
    return `Deze datum (${param('date')}) moet na ${earlierLabel.toLowerCase()} (${param('earlierDate')}) liggen: de volgorde is beeldvorming, oordeelsvorming, besluitvorming.`;
  },
  planning_all_nvt: () => 'Alle drie de fasen staan op ‘n.v.t.’: vul ten minste één datum in voor beeldvorming, oordeelsvorming of besluitvorming.',
  planning_besluit_missing: (_finding, { param }) =>
    `Het doel is ‘${param('doel')}’, maar besluitvorming staat op ‘n.v.t.’. Vul de datum van de raadsvergadering in.`,
  planning_weekday: (finding, { param, profile }) =>
    `Deze datum valt op een ${param('actual')}; de raad van ${profile.gemeente} vergadert op ${param('weekday')}. ` +
    (finding.suggestion ? `Bedoelt u ${param('weekday')} ${finding.suggestion}?` : 'Klopt de datum?'),
  planning_no_meeting: (finding, { param }) => {
    const date = param('date');
    const reason = param('reason');
    const what =
      reason === 'cancelled'
        ? `‘${param('meeting')}’ op ${date} gaat niet door: de vergaderkalender meldt hem als afgelast.`
        : reason === 'other'
        ? `Op ${date} staat in de vergaderkalender ‘${param('meeting')}’, geen vergadering voor deze fase.`
        : `Op ${date} staat in de vergaderkalender geen vergadering voor deze fase.`;
    return finding.suggestion
      ? `${what} De eerstvolgende is op ${finding.suggestion}.`
      : `${what} Daarna staat er voor deze fase geen vergadering meer in de kalender.`;
  },
  planning_in_past: (_finding, { param }) => `Deze datum (${param('date')}) ligt in het verleden; vandaag is het ${param('today')}. Klopt de planning nog?`,
  onderwerp_too_long: (_finding, { param }) =>
    `Deze tekst is ${param('length')} tekens lang. Als titel van een agendapunt mag hij in Open Raadsinformatie ten hoogste ${param('max')} tekens hebben; het raadsinformatiesysteem kan een langere weigeren of afkappen.`,
  value_unlisted: (finding, { param }) =>
    finding.suggestion
      ? `‘${param('value')}’ staat niet in de lijst; bedoelt u ‘${finding.suggestion}’?`
      : `‘${param('value')}’ staat niet in de lijst van de gemeente. Dat mag, maar controleer de waarde.`,
  unknown_key: (_finding, { param }) => `‘${param('key')}’ is geen veld van de annotatie en wordt genegeerd.`,
  value_type: (_finding, { param }) => `De waarde van ‘${param('key')}’ is geen tekst maar ${TYPE_NL[param('type')] ?? param('type')}, en wordt genegeerd.`,
  text_invalid_characters: (finding, { param }) =>
    finding.severity === 'error'
      ? `Deze tekst bevat tekens die een Word-document niet kan bewaren (${param('characters')}); die vallen bij het opslaan weg.`
      : `Deze tekst bevat onzichtbare tekens die de leesrichting omdraaien (${param('characters')}), waardoor de tekst er anders uitziet dan hij is. Haal ze weg.`,
  control_missing: () => 'Dit veld ontbreekt in het document. Voeg de annotatie opnieuw in of herstel het veld.',
  control_duplicate: () => 'Dit veld staat meer dan eens in het document (vaak door kopiëren en plakken). Verwijder de kopie.',
};
