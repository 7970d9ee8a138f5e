import { z } from 'zod';
import { DEFAULT_DATA_DIR, readJson } from '../facts/dataFiles.js';
import type { Problem } from '../facts/problem.js';
import { StoreInvalidError } from '../facts/problem.js';
import { anyMorphyCandidates } from '../lexicon/morphy.js';
import { stem, words } from './vocabulary.js';

export const LEXICON_FILE = 'lexicon.json';

/** A word or phrase as the build writes it: lower case, one space between words, no WordNet underscores. */
const Term = z
  .string()
  .min(1)
  .refine((term) => term === term.toLowerCase() && /^\S+(?: \S+)*$/.test(term) && !term.includes('_'), {
    message: 'a lower-case word or phrase with single spaces, such as "pass away"',
  });

/** Word or phrase → the store words it may stand for. */
const TermIndex = z.record(Term, z.array(Term).min(1));

/** `data/lexicon.json`: built from WordNet and the store by `npm run lexicon:build`, never edited by hand. */
export const LexiconFile = z.object({
  description: z.string().min(1),
  source: z.string().min(1),
  /** Words that may stand for the store's: these decide whether the store covers a question's word. */
  related: TermIndex,
  /** Kinds of the store's words ("hijack" for seized): a question using one is about something narrower, so only ranked. */
  narrower: TermIndex,
  antonyms: TermIndex,
});
export type LexiconFile = z.infer<typeof LexiconFile>;

export interface Lexicon {
  /** The store words a question's word or phrase may mean ("perished" → killed); empty when none. */
  storeWordsFor(wordOrPhrase: string): readonly string[];
  /** The store words a question's word or phrase is a kind of ("hijacked" → seized): for ranking, never for coverage. */
  narrowerStoreWordsFor(wordOrPhrase: string): readonly string[];
  /** The store words a question's word is the opposite of ("alive" → dead). */
  antonymsOf(word: string): readonly string[];
  /** The multi-word entries as words, longest first, for scanning a question's words ("pass away"). */
  phrases: string[][];
  /** The one-word entries that stand for a store word: words the engine understands, never to be corrected away. */
  relatedWords: string[];
}

/** Refused like an invalid store: a broken lexicon would quietly make the bot answer less. */
export async function loadLexicon(dataDir: string = DEFAULT_DATA_DIR): Promise<LexiconFile> {
  const problems: Problem[] = [];
  const lexicon = await readJson(dataDir, LEXICON_FILE, LexiconFile, problems);
  if (lexicon === undefined) throw new StoreInvalidError(problems);
  return lexicon;
}

interface TermLookup {
  exact: Map<string, string[]>;
  stemmed: Map<string, string[]>;
}

function indexTerms(entries: Record<string, string[]>): TermLookup {
  const lookup: TermLookup = { exact: new Map(), stemmed: new Map() };
  const addTo = (map: Map<string, string[]>, key: string, storeWords: string[]): void => {
    map.set(key, [...new Set([...(map.get(key) ?? []), ...storeWords])].sort());
  };
  for (const [term, storeWords] of Object.entries(entries)) {
    const termWords = words(term);
    addTo(lookup.exact, termWords.join(' '), storeWords);
    addTo(lookup.stemmed, termWords.map(stem).join(' '), storeWords);
  }
  return lookup;
}

/**
 * Entries are WordNet lemmas ("perish"); a question inflects them ("perished"). A word is looked up as it stands, by
 * WordNet's own suffix rules (the only way from "died" to "die", which the stemmer keeps apart) and by the engine's
 * stems (the only way from "stepped down" to "step down", since WordNet's rules do not undo a doubled consonant).
 */
function find(lookup: TermLookup, text: string): readonly string[] {
  const textWords = words(text);
  if (textWords.length === 0) return [];
  const forms = textWords.length === 1 ? anyMorphyCandidates(textWords[0] as string) : [textWords.join(' ')];
  const found = [...forms.map((form) => lookup.exact.get(form)), lookup.stemmed.get(textWords.map(stem).join(' '))];
  return [...new Set(found.flatMap((storeWords) => storeWords ?? []))].sort();
}

export function buildLexicon(file: LexiconFile): Lexicon {
  const related = indexTerms(file.related);
  const narrower = indexTerms(file.narrower);
  const antonyms = indexTerms(file.antonyms);
  const phrases = [...new Set([related, narrower, antonyms].flatMap((lookup) => [...lookup.exact.keys()]))]
    .filter((term) => term.includes(' '))
    .sort()
    .map((term) => term.split(' '))
    .sort((a, b) => b.length - a.length);
  return {
    storeWordsFor: (wordOrPhrase) => find(related, wordOrPhrase),
    narrowerStoreWordsFor: (wordOrPhrase) => find(narrower, wordOrPhrase),
    antonymsOf: (word) => find(antonyms, word),
    phrases,
    relatedWords: [...related.exact.keys()].filter((term) => !term.includes(' ')),
  };
}
