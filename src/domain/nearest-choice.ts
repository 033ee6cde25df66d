import { distance } from 'fastest-levenshtein';
import { foldChoice } from './text';

/**
 * The listed option an unlisted open-choice value most likely meant (value_unlisted's
 * suggestion), or undefined when none is clearly meant. Two ways a value is close:
 *
 * 1. **A typo of the whole value**: at most 3 edits, and at most one per 4 characters of the
 *    longer text ("Reguliere raadd" → "Reguliere raad"; "Stad" is not a typo of "Raad").
 * 2. **A shortened form**: every content word typed is a word of the option — the same word, a
 *    typo of it (1 edit from 5 letters, 2 from 8), its start ("Comm. Ruimte") or its end (Dutch
 *    compounds: "raad" in "gemeenteraad") — and the option's other words are what was left out:
 *    "Inrichting stad" → "Inrichting van de stad", "Hamerstuk" → "Voorstel agenderen als
 *    hamerstuk". Function words ("van", "de", "als") do not count either way. Of the options that
 *    hold every typed word, the one whose words match best (same words before typos and parts)
 *    wins; when two match equally well nothing is suggested ("Commissie" fits every commissie),
 *    and nothing is when a typed word is in no option ("Raadsconferentie", "Sport en cultuur").
 *
 * Linear in the options and tiny per option: validation runs on every keystroke.
 */
export function nearestChoice(text: string, options: readonly string[]): string | undefined {
  // Nothing listed is this long; a pasted paragraph is not a shortened option.
  if (text.length > MAX_LENGTH) return undefined;
  const folded = foldChoice(text);
  return typoOf(folded, options) ?? shortenedFormOf(folded, options);
}

const MAX_LENGTH = 200;

/**
 * Dutch function words: they carry no meaning of their own in an option ("Inrichting van de
 * stad"), so typing or leaving them out says nothing about which option was meant. With the
 * usual abbreviations, dots dropped: "v.d." (van de), "v.h." (van het).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'aan', 'als', 'bij', 'de', 'den', 'der', 'door', 'een', 'en', 'het', 'in', 'met', 'naar', 'of', 'om', 'op', 'over', 'te', 'ten', 'ter', 'tot', 'uit', 'van', 'voor', 'vd', 'vh',
]);

function typoOf(folded: string, options: readonly string[]): string | undefined {
  let best: { readonly option: string; readonly edits: number } | undefined;
  let tied = false;
  for (const option of options) {
    const target = foldChoice(option);
    const longer = Math.max(target.length, folded.length);
    const allowed = Math.min(3, Math.max(1, Math.floor(longer / 4)));
    if (Math.abs(target.length - folded.length) > allowed) continue;
    const edits = distance(folded, target);
    if (edits > allowed) continue;
    if (!best || edits < best.edits) {
      best = { option, edits };
      tied = false;
    } else if (edits === best.edits) {
      tied = true;
    }
  }
  return tied ? undefined : best?.option;
}

/**
 * The words of a folded value: letters and digits, with dots and apostrophes inside a word
 * dropped first, so "n.v.t." is the word "nvt" and "programma's" the word "programmas".
 */
function contentWords(folded: string): readonly string[] {
  return folded
    .replace(/[.']/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !FUNCTION_WORDS.has(word));
}

const OPTION_WORDS = new WeakMap<readonly string[], readonly (readonly string[])[]>();

/** Per option list (profiles are frozen), the content words of each option, computed once. */
function wordsOfOptions(options: readonly string[]): readonly (readonly string[])[] {
  let words = OPTION_WORDS.get(options);
  if (!words) {
    words = options.map((option) => contentWords(foldChoice(option)));
    OPTION_WORDS.set(options, words);
  }
  return words;
}

/** What matching a typed word to a listed one costs (0 the same word), or undefined when it is another word. */
function wordCost(typed: string, listed: string): number | undefined {
  if (typed === listed) return 0;
  if (typed.length >= 4 && (listed.startsWith(typed) || listed.endsWith(typed))) return 1;
  const allowed = typed.length >= 8 ? 2 : typed.length >= 5 ? 1 : 0;
  if (allowed === 0 || Math.abs(typed.length - listed.length) > allowed) return undefined;
  const edits = distance(typed, listed);
  return edits <= allowed ? edits : undefined;
}

/** How well the typed words match the option's (each option word used once; 0 = the same words), or undefined when a typed word is not in it. */
function shortenedFormCost(typed: readonly string[], listed: readonly string[]): number | undefined {
  const used = new Set<number>();
  let cost = 0;
  for (const word of typed) {
    let best: { readonly index: number; readonly cost: number } | undefined;
    listed.forEach((candidate, index) => {
      if (used.has(index)) return;
      const wordMatch = wordCost(word, candidate);
      if (wordMatch !== undefined && (!best || wordMatch < best.cost)) best = { index, cost: wordMatch };
    });
    if (!best) return undefined;
    used.add(best.index);
    cost += best.cost;
  }
  return cost;
}

function shortenedFormOf(folded: string, options: readonly string[]): string | undefined {
  const typed = contentWords(folded);
  // Words beyond any option's length are more than a shortened form.
  if (typed.length === 0 || typed.length > 12) return undefined;
  const optionWords = wordsOfOptions(options);
  let best: { readonly option: string; readonly cost: number } | undefined;
  let tied = false;
  options.forEach((option, index) => {
    const cost = shortenedFormCost(typed, optionWords[index] ?? []);
    if (cost === undefined) return;
    if (!best || cost < best.cost) {
      best = { option, cost };
      tied = false;
    } else if (cost === best.cost) {
      tied = true;
    }
  });
  return tied ? undefined : best?.option;
}
