import type { FieldKey, Language } from '../fields';
import type { Finding, FindingCode } from '../findings';
import type { Profile } from '../profile';

export interface MessageContext {
  readonly lang: Language;
  readonly profile: Profile;
  /** The field's label in the message language. */
  readonly label: (key: FieldKey) => string;
  /** A param of the finding, '' when absent (messages must render whatever a finding holds). */
  readonly param: (name: string) => string;
}

/**
 * One text per code: a locale that misses a code does not compile. Texts never
 * repeat the finding's own field label: the task pane shows them under the field and the CLI
 * prints the label in front.
 */
export type Messages = Readonly<Record<FindingCode, (finding: Finding, context: MessageContext) => string>>;

/** A date in the profile's house style for examples in messages (29-9-2025 or 29-09-2025). */
export function exampleDate(profile: Profile): string {
  return profile.houseStyle.date === 'dd-mm-yyyy' ? '29-09-2025' : '29-9-2025';
}
