import { createRequire } from 'node:module';
import irregularPlurals from 'irregular-plurals';

const require = createRequire(import.meta.url);
/** RosaeNLG's list of every English irregular verb (569), each with its past and participle, some with variants. */
const irregularVerbs = require('english-verbs-irregular/dist/verbs.json') as Record<string, [string, string][]>;

/** Irregular inflections a suffix stemmer cannot undo: "sent" → "send", "began" → "begin", "people" → "person". */
function buildBaseForms(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [base, variants] of Object.entries(irregularVerbs)) {
    // "lay" is a verb of its own as well as the past of "lie": a form that is itself a listed verb keeps its meaning.
    for (const form of variants.flat()) if (!(form in irregularVerbs) && !forms.has(form)) forms.set(form, base);
  }
  for (const [singular, plural] of irregularPlurals) if (!forms.has(plural)) forms.set(plural, singular);
  return forms;
}

const BASE_FORMS = buildBaseForms();

export const baseForm = (word: string): string => BASE_FORMS.get(word) ?? word;

const PAST_FORMS = new Map(Object.entries(irregularVerbs).map(([base, variants]) => [base, variants[0]?.[0] ?? base]));

/** Whether a word is the base of an irregular verb ("send", "flee"). */
export const isIrregularVerb = (word: string): boolean => PAST_FORMS.has(word);

/** Whether a word is the past participle of an irregular verb ("sent", "taken"). */
export const isIrregularParticiple = (word: string): boolean => BASE_FORMS.has(word) && !PAST_FORMS.has(word);

/**
 * The simple past of a verb: "flee" → "fled", "resign" → "resigned", "try" → "tried", and "stop" → "stopped" or
 * "patrol" → "patrolled" where the dictionary spells it with the last consonant doubled ("visit" → "visited").
 */
export function pastTense(verb: string, isWord: (word: string) => boolean): string {
  const irregular = PAST_FORMS.get(verb);
  if (irregular !== undefined) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  const doubled = `${verb}${verb.at(-1) as string}ed`;
  if (/[aeiou][^aeiouwxy]$/.test(verb) && isWord(doubled)) return doubled;
  return `${verb}ed`;
}
