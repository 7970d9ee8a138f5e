import type MiniSearch from 'minisearch';

export interface TextMatch {
  id: string;
  score: number;
}

/** The facts that match any of a question's tokens, best first, scored as MiniSearch scores an OR query. */
export type TextScorer = (tokens: readonly string[], weightOf: (token: string) => number) => TextMatch[];

/**
 * Scores a question's tokens against the index the way `MiniSearch.search` does (a sum over tokens of each token's
 * weight times its BM25 score over the boosted fields, times the number of tokens matched), but from each token's
 * scores, asked of MiniSearch once and kept. The store does not change under an index, so a token's scores never do;
 * asking MiniSearch afresh per question re-walked its field maps and built result objects for every question, which
 * was a third of the time spent answering one. Only tokens the store holds (`known`) are kept, so the memory is
 * bounded by the store's own vocabulary whatever users type.
 */
export function createTextScorer(search: MiniSearch, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): TextScorer {
  const scoresByToken = new Map<string, readonly TextMatch[]>();
  const scoresOf = (token: string): readonly TextMatch[] => {
    if (!known.has(token)) return [];
    let scores = scoresByToken.get(token);
    if (scores === undefined) {
      scores = search
        .search(token, { tokenize: (query) => [query], processTerm: (term) => term })
        .map((result) => ({ id: String(result.id), score: result.score }));
      scoresByToken.set(token, scores);
    }
    return scores;
  };
  return (tokens, weightOf) => {
    const matched = new Map<string, { sum: number; tokens: number }>();
    for (const token of new Set(tokens)) {
      const weight = weightOf(token);
      for (const { id, score } of scoresOf(token)) {
        const match = matched.get(id);
        if (match === undefined) matched.set(id, { sum: weight * score, tokens: 1 });
        else {
          match.sum += weight * score;
          match.tokens += 1;
        }
      }
    }
    return [...matched].map(([id, { sum, tokens }]) => ({ id, score: sum * tokens })).sort((a, b) => b.score - a.score);
  };
}
