import type { FieldDefinition } from '../fields';
import { parseDate } from '../dates';
import { parseEmail } from '../email';
import { parsePhone } from '../phone/phones';
import type { Profile } from '../profile';
import { foldedOptions, foldChoice } from '../text';
import type { Doubt } from './types';

/**
 * Whether a recognised value looks like its field — a doubt about where it was found, not a
 * validation finding: a phone field holding no phone number, most likely, got the wrong text.
 * The value itself is kept as written; the validator reports what is wrong with it afterwards.
 */
export function shapeDoubt(field: FieldDefinition, value: string, profile: Profile): Doubt | undefined {
  switch (field.kind) {
    case 'phone':
      return /\d/.test(value) && (parsePhone(value).kind === 'phone' || value.replace(/\D/g, '').length >= 9) ? undefined : 'shape';
    case 'email':
      return parseEmail(value) ? undefined : 'shape';
    case 'planningDate': {
      const kind = parseDate(value).kind;
      return kind === 'date' || kind === 'nvt' ? undefined : 'shape';
    }
    case 'choice':
      return field.choices && !foldedOptions(profile.options[field.choices]).has(foldChoice(value)) ? 'shape' : undefined;
    case 'text':
    case 'names':
      // A name or title of several hundred characters swallowed text that was not its own.
      return value.length > 200 || /[@]/.test(value) ? 'shape' : undefined;
    default:
      return undefined;
  }
}
