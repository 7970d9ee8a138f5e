import type { AttributionMention } from './findAttributions.js';
import { findAttributions } from './findAttributions.js';
import { findQuantities } from './findQuantities.js';
import { findTimes } from './findTimes.js';
import type { Phrase } from './phrases.js';
import type { Sentence } from './splitSentences.js';
import { splitSentences } from './splitSentences.js';
import { analyze } from './tokens.js';

/** What the extractor can tell about one sentence before a curator decides anything. Offsets are the article's. */
export interface DraftSentence extends Sentence {
  attributions: AttributionMention[];
  times: Phrase[];
  quantities: Phrase[];
}

const shift = <T extends { start: number; end: number }>(item: T, offset: number): T => ({
  ...item,
  start: item.start + offset,
  end: item.end + offset,
});

/** Deterministic: the same article text always drafts the same sentences. */
export function draftSentences(articleText: string): DraftSentence[] {
  let lastNamed: string | undefined;
  return splitSentences(articleText).map((sentence) => {
    const analysis = analyze(sentence.text);
    const found = findAttributions(sentence.text, analysis.tokens, lastNamed);
    lastNamed = found.lastNamed;
    return {
      ...sentence,
      attributions: found.mentions.map((mention) => shift(mention, sentence.start)),
      times: findTimes(sentence.text, analysis).map((time) => shift(time, sentence.start)),
      quantities: findQuantities(sentence.text, analysis).map((quantity) => shift(quantity, sentence.start)),
    };
  });
}
