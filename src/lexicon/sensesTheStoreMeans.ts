import type { WordNet } from './openWordNet.js';
import type { Synset } from './parseSynsetLine.js';
import { isContentWord } from './storeWords.js';

/** A sense's neighbours: what it is a kind of, its kinds, the forms derived from it and, for adjectives, similar ones. */
const NEIGHBOURS: ReadonlySet<string> = new Set(['@', '~', '+', '&']);

/** A lemma in lower case, and the words of a compound one ("police_officer" → police, officer) that carry content. */
function namesIn(lemma: string): string[] {
  const name = lemma.toLowerCase();
  return name.includes('_') ? [name, ...name.split('_').filter(isContentWord)] : [name];
}

function neighbourNames(wordnet: WordNet, sense: Synset): string[] {
  const neighbours = sense.pointers.filter((pointer) => NEIGHBOURS.has(pointer.symbol));
  return [...sense.lemmas, ...neighbours.flatMap((pointer) => wordnet.synset(pointer.pos, pointer.offset).lemmas)].flatMap(namesIn);
}

export type SenseFilter = (sense: Synset) => boolean;

/**
 * For each store word, whether the store speaks of one of its senses: a lemma of that synset or of a neighbouring one
 * is another word the store states. It is the evidence a sense past the first needs. The store's "riot" is not the
 * joke a "howler" is, since no word of the store is about jokes; its "resigned" is "step down", since it also says
 * "resignation"; and no store word is a brake, so its "emergency" is not a "hand brake". The word's own forms are no
 * evidence: "using" says nothing of which sense "used" has.
 */
export function sensesTheStoreMeans(wordnet: WordNet, terms: readonly string[]): (term: string) => SenseFilter {
  const lemmasOf = (term: string): string[] => wordnet.baseForms(term.replaceAll(' ', '_')).map(({ lemma }) => lemma);
  const termsByLemma = new Map<string, string[]>();
  for (const term of terms) for (const lemma of lemmasOf(term)) termsByLemma.set(lemma, [...(termsByLemma.get(lemma) ?? []), term]);
  return (term) => {
    const forms = new Set(lemmasOf(term).flatMap((lemma) => (termsByLemma.get(lemma) ?? []).flatMap(lemmasOf)));
    return (sense) => neighbourNames(wordnet, sense).some((name) => termsByLemma.has(name) && !forms.has(name));
  };
}
