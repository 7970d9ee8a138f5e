import type { CuratedFact, CuratedSource } from '../curation.js';
import type { DraftSentence } from '../extract/draftSentences.js';
import type { Attribution, Correction, Span } from '../schema.js';
import { chooseMention } from './chooseMention.js';

export const ARTICLE_SOURCE = 'article';

export type Resolved = { attribution: Attribution; correction?: Correction } | { error: string };

export function articleVoice(title: string): Attribution {
  return { name: 'The article', kind: 'article', asPrinted: title, verb: 'reported' };
}

function fromSource(source: CuratedSource, asPrinted: string, verb: string, printedKey: string): Resolved {
  const attribution: Attribution = {
    name: source.name,
    ...(source.role === undefined ? {} : { role: source.role }),
    kind: source.kind,
    asPrinted,
    verb,
  };
  if (source.correction === undefined) return { attribution };
  const readAs = source.role === undefined ? source.name : `${source.name}, ${source.role}`;
  return { attribution, correction: { field: 'attribution', printed: printedKey, readAs, note: source.correction } };
}

/** Turns the curator's choice, or else the extractor's draft, into the fact's normalized attribution. */
export function resolveAttribution(
  fact: CuratedFact,
  sentences: DraftSentence[],
  span: Span,
  sources: CuratedSource[],
  title: string,
): Resolved {
  const byPrinted = (printed: string): CuratedSource | undefined => sources.find((source) => source.printed.includes(printed));
  if (fact.source === ARTICLE_SOURCE) return { attribution: articleVoice(title) };
  const mentions = sentences.flatMap((sentence) => sentence.attributions);
  if (fact.source !== undefined) {
    const source = byPrinted(fact.source);
    if (source === undefined) return { error: `"${fact.source}" is not among the printed names in sources` };
    // The curator names who a drafted mention stands for ("The ministry" is the Kazakh Interior Ministry).
    const drafted =
      mentions.find((mention) => (mention.resolvedFrom ?? mention.asPrinted) === fact.source) ?? chooseMention(sentences, span);
    return fromSource(source, drafted?.asPrinted ?? fact.source, fact.verb ?? drafted?.verb ?? 'said', fact.source);
  }
  const mention = chooseMention(sentences, span);
  if (mention === undefined) return { attribution: articleVoice(title) };
  const printedKey = mention.resolvedFrom ?? mention.asPrinted;
  const source = byPrinted(printedKey);
  if (source === undefined) return { error: `the extractor found the source "${printedKey}", which has no entry in sources` };
  return fromSource(source, mention.asPrinted, fact.verb ?? mention.verb, printedKey);
}
