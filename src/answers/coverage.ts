import type { QueryTerm } from './analyzeQuestion.js';
import type { Lexicon } from './lexicon.js';
import type { Thesaurus } from './synonyms.js';
import { groupToken } from './synonyms.js';
import { stem } from './vocabulary.js';

/** A question term the store speaks of, with the stems to search it by (its own, its synonyms', or the spelling it was a typo of). */
export interface CoveredTerm {
  term: QueryTerm;
  searchStems: string[];
  /** What the index is searched by: the term's own stems, and its synonym groups' tokens. */
  searchTokens: string[];
  /** Stems that stand for the term itself, as against its synonyms; searched at full weight. */
  primaryStems: string[];
  /** Terms of one synonym group ask about one thing: "airlines" and "flights" share a concept. */
  concept: string;
  /** Tokens of the groups stating the opposite condition ("blackout" for "working"), searched with the rest. */
  oppositeTokens?: string[];
}

/** Whether a fact's index tokens state a covered term: its stems, its synonym groups or an opposite condition. */
export const statedIn = (tokens: ReadonlySet<string> | undefined, term: CoveredTerm): boolean =>
  term.searchTokens.some((token) => tokens?.has(token) === true);

/** The tokens of the groups opposite to these: a fact saying the internet was blacked out answers "was it working?". */
const oppositeTokensOf = (groups: readonly number[], thesaurus: Thesaurus): string[] =>
  [...new Set(groups.flatMap((group) => thesaurus.oppositeOf.get(group) ?? []))].map(groupToken);

const conceptOf = (term: QueryTerm): string => (term.groups.length > 0 ? [...term.groups].sort().join('|') : term.stems.join('|'));

/** A term covered as other words the store states: searched by their stems and their synonym groups. */
function coveredAs(term: QueryTerm, stems: readonly string[], thesaurus: Thesaurus, withOpposites: boolean): CoveredTerm {
  const unique = [...new Set(stems)];
  const groups = [...new Set(unique.flatMap((stemmed) => thesaurus.byStem.get(stemmed) ?? []))];
  const oppositeTokens = withOpposites ? oppositeTokensOf(groups, thesaurus) : [];
  return {
    term,
    searchStems: unique,
    searchTokens: [...unique, ...groups.map(groupToken), ...oppositeTokens],
    ...(oppositeTokens.length > 0 ? { oppositeTokens } : {}),
    primaryStems: unique,
    concept: groups.length > 0 ? [...groups].sort().join('|') : unique.join('|'),
  };
}

/** Suffixes that make one word of another without changing what it is about: "reachable" is about reaching. */
const DERIVING_SUFFIXES = ['ability', 'ibility', 'able', 'ible', 'ness', 'ment', 'ity', 'ful', 'ly'];

/** The store's word a derived word is made from ("reachable" → "reach"), found by its stem. */
function derivedFrom(word: string, known: (stemmed: string) => boolean): string | undefined {
  for (const suffix of DERIVING_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, -suffix.length);
    for (const candidate of [base, `${base}e`]) if (known(stem(candidate))) return candidate;
  }
  return undefined;
}

/**
 * Splits the question's terms into those the store covers and the required ones it does not. A term is covered when
 * the store states it, a synonym of it, a WordNet relative of it, or a word derived from it; coverage is judged per term, so a question about
 * arrests is not covered by facts that mention protesters. Common words the store lacks are simply dropped.
 */
export function checkCoverage(
  terms: QueryTerm[],
  vocabulary: ReadonlySet<string>,
  thesaurus: Thesaurus,
  lexicon: Lexicon,
  /** Whether a fact stating the opposite condition speaks to a term: not for what will happen ("will prices be lowered"). */
  withOpposites = true,
): { covered: CoveredTerm[]; uncovered: QueryTerm[] } {
  const covered: CoveredTerm[] = [];
  const uncovered: QueryTerm[] = [];
  for (const term of terms) {
    if (term.tokens !== undefined) {
      if (term.tokens.every((token) => vocabulary.has(token))) {
        covered.push({ term, searchStems: [], searchTokens: term.tokens, primaryStems: [], concept: term.tokens.join('|') });
      } else if (term.required) {
        uncovered.push(term);
      }
      continue;
    }
    // A phrase is stated by the store as a phrase: "open fire" is not covered by "open" in one fact and "fire" in another.
    const isPhrase = term.text.includes(' ') && term.groups.length > 0;
    const phraseStated = !isPhrase || term.groups.some((group) => vocabulary.has(groupToken(group)));
    const own = phraseStated ? term.stems.filter((stemmed) => vocabulary.has(stemmed)) : [];
    const synonyms = term.expansions.filter((stemmed) => vocabulary.has(stemmed));
    // A common word is searched as itself only: its synonyms ("protests" → unrest, riots, clashes…) match nearly every
    // fact, adding cost on a large store and nothing to the ranking.
    if (!term.required && own.length > 0) {
      covered.push({ term, searchStems: own, searchTokens: own, primaryStems: own, concept: conceptOf(term) });
      continue;
    }
    const oppositeTokens = withOpposites ? oppositeTokensOf(term.groups, thesaurus) : [];
    // The vocabulary holds the groups the facts carry: a group opposite to the term's is stated when its token is there.
    const oppositeStated = oppositeTokens.some((token) => vocabulary.has(token));
    if (own.length > 0 || synonyms.length > 0 || oppositeStated) {
      covered.push({
        term,
        searchStems: [...new Set([...term.stems, ...synonyms])],
        searchTokens: [...term.stems, ...term.groups.map(groupToken), ...oppositeTokens],
        primaryStems: term.stems,
        concept: conceptOf(term),
        ...(oppositeTokens.length > 0 ? { oppositeTokens } : {}),
      });
      continue;
    }
    const known = (stemmed: string): boolean => vocabulary.has(stemmed) || thesaurus.byStem.has(stemmed);
    const related = lexicon.storeWordsFor(term.text).filter((word) => vocabulary.has(stem(word)));
    // WordNet's word for a store word ("perished" for killed) searches as that word and its synonyms.
    if (related.length > 0) {
      covered.push(coveredAs(term, related.map(stem), thesaurus, withOpposites));
      continue;
    }
    // Misspellings were corrected when the question was read; a derived word is read as the word it is made from.
    const corrected = term.text.includes(' ') ? undefined : derivedFrom(term.text, known);
    if (corrected !== undefined) covered.push(coveredAs(term, [stem(corrected)], thesaurus, withOpposites));
    else if (term.required) uncovered.push(term);
  }
  return { covered, uncovered };
}
