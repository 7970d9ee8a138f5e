import { distance } from 'fastest-levenshtein';
import type { QueryTerm } from './analyzeQuestion.js';

/** A question term the store speaks of, with the stems to search it by (its own, its synonyms', or the spelling it was a typo of). */
export interface CoveredTerm {
  term: QueryTerm;
  searchStems: string[];
  /** Stems that stand for the term itself, as against its synonyms; searched at full weight. */
  primaryStems: string[];
}

const typoAllowance = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

function closestSpelling(stemmed: string, vocabulary: ReadonlySet<string>): string | undefined {
  const allowance = typoAllowance(stemmed.length);
  if (allowance === 0) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const word of vocabulary) {
    if (Math.abs(word.length - stemmed.length) > allowance || word[0] !== stemmed[0]) continue;
    const found = distance(word, stemmed);
    if (found <= allowance && (best === undefined || found < best.distance)) best = { word, distance: found };
  }
  return best?.word;
}

/**
 * Splits the question's terms into those the store covers and those it does not. A term is covered when the store
 * states it, a synonym of it, or a word one typo away; coverage is judged per term, so a question about arrests is
 * not covered by facts that mention protesters.
 */
export function checkCoverage(terms: QueryTerm[], vocabulary: ReadonlySet<string>): { covered: CoveredTerm[]; uncovered: QueryTerm[] } {
  const covered: CoveredTerm[] = [];
  const uncovered: QueryTerm[] = [];
  for (const term of terms) {
    const own = term.stems.filter((stemmed) => vocabulary.has(stemmed));
    const synonyms = term.expansions.filter((stemmed) => vocabulary.has(stemmed));
    if (own.length > 0 || synonyms.length > 0) {
      covered.push({ term, searchStems: [...new Set([...term.stems, ...synonyms])], primaryStems: term.stems });
      continue;
    }
    const corrected = term.stems.length === 1 ? closestSpelling(term.stems[0] as string, vocabulary) : undefined;
    if (corrected === undefined) uncovered.push(term);
    else covered.push({ term, searchStems: [corrected], primaryStems: [corrected] });
  }
  return { covered, uncovered };
}
