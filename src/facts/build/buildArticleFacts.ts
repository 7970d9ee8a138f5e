import type { CuratedFact } from '../curation.js';
import type { ArticleSource } from '../dataFiles.js';
import type { DraftSentence } from '../extract/draftSentences.js';
import { parseQuantity } from '../extract/parseQuantity.js';
import type { Problem } from '../problem.js';
import { factHash } from '../factHash.js';
import type { Correction, Fact, FactStatus, Quantity, Span } from '../schema.js';
import { sentencesOf } from './chooseMention.js';
import { locateQuote } from './locateQuote.js';
import { resolveAttribution } from './resolveAttribution.js';

function buildQuantities(
  fact: CuratedFact,
  sentences: DraftSentence[],
  span: Span,
  fail: (field: string, message: string) => void,
): Quantity[] {
  const quantities = fact.quantities.map(({ text, counted }) => {
    if (!fact.quote.includes(text)) fail('quantities', `"${text}" is not in the quote`);
    return { text, ...parseQuantity(text), counted };
  });
  const drafted = sentences
    .flatMap((sentence) => sentence.quantities)
    .filter((phrase) => phrase.start >= span.start && phrase.end <= span.end);
  for (const phrase of drafted) {
    if (!quantities.some((quantity) => quantity.text.includes(phrase.text) || phrase.text.includes(quantity.text))) {
      fail('quantities', `the quote counts "${phrase.text}": say what is counted`);
    }
  }
  return quantities;
}

function chooseTime(
  fact: CuratedFact,
  sentences: DraftSentence[],
  span: Span,
  fail: (field: string, message: string) => void,
): string | undefined {
  if (fact.time === null) return undefined;
  if (fact.time !== undefined) {
    if (!sentences.some((sentence) => sentence.text.includes(fact.time as string)))
      fail('time', `"${fact.time}" is not printed in the quote's sentence`);
    return fact.time;
  }
  return sentences.flatMap((sentence) => sentence.times).find((time) => time.start >= span.start && time.end <= span.end)?.text;
}

function statusOf({ corrected, retracted }: CuratedFact): FactStatus {
  if (retracted !== undefined) return { state: 'retracted', ...retracted };
  if (corrected !== undefined) return { state: 'corrected', ...corrected };
  return { state: 'current' };
}

/** One article's facts: the curator's decisions laid over the extractor's drafts. Problems are collected, not thrown. */
export function buildArticleFacts(
  article: ArticleSource,
  drafts: DraftSentence[],
  knownTopics: ReadonlySet<string>,
): { facts: Fact[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const facts: Fact[] = [];
  const { curation, curationFile, meta, text } = article;
  for (const curated of curation.facts) {
    const fail = (field: string, message: string): void => {
      problems.push({ file: curationFile, factId: curated.id, field, message });
    };
    const span = locateQuote(text, curated.quote, curated.occurrence);
    if (span === undefined) {
      fail('quote', `not found verbatim in ${article.textFile}`);
      continue;
    }
    const sentences = sentencesOf(drafts, span);
    const resolved = resolveAttribution(curated, sentences, span, curation.sources, meta.title);
    if ('error' in resolved) {
      fail('source', resolved.error);
      continue;
    }
    for (const topic of curated.topics) if (!knownTopics.has(topic)) fail('topics', `unknown topic "${topic}"`);
    const claimCorrections: Correction[] = curated.corrections.map((correction) => {
      if (!text.slice(sentences[0]?.start ?? span.start, sentences.at(-1)?.end ?? span.end).includes(correction.printed)) {
        fail('corrections', `"${correction.printed}" is not printed in the quote's sentences`);
      }
      return { field: 'claim', ...correction };
    });
    const time = chooseTime(curated, sentences, span, fail);
    const fact: Omit<Fact, 'hash'> = {
      id: curated.id,
      articleId: meta.id,
      claim: curated.claim,
      quote: curated.quote,
      span,
      paragraph: sentences[0]?.paragraph ?? 0,
      attribution: resolved.attribution,
      stance: resolved.attribution.kind === 'article' ? 'reported' : 'attributed',
      topics: curated.topics,
      quantities: buildQuantities(curated, sentences, span, fail),
      ...(time === undefined ? {} : { time }),
      disputedBy: curated.disputedBy,
      corrections: [...(resolved.correction === undefined ? [] : [resolved.correction]), ...claimCorrections],
      status: statusOf(curated),
    };
    facts.push({ ...fact, hash: factHash(fact) });
  }
  return { facts, problems };
}
