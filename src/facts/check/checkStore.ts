import { factHash } from '../factHash.js';
import { isCalendarDate } from '../isCalendarDate.js';
import { isRetracted } from '../isRetracted.js';
import type { Problem } from '../problem.js';
import type { Store } from '../schema.js';

/**
 * The checks that need no rebuild, cheap enough for every start: each quote is the article's text at its span,
 * ids are unique, dispute links exist both ways and never lean on a retracted fact, topics exist, each hash is its fact's,
 * status dates are real days, and the article text is the one the store was built from.
 */
export function checkStore(store: Store, articleTexts: ReadonlyMap<string, string>, storeFile: string): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(store.facts.map((fact) => [fact.id, fact]));
  const topics = new Set(store.topics.map((topic) => topic.id));
  const seen = new Set<string>();
  for (const article of store.articles) {
    const text = articleTexts.get(article.id);
    if (text === undefined) problems.push({ file: article.file, message: 'article text is missing' });
  }
  for (const fact of store.facts) {
    const fail = (field: string, message: string): void => {
      problems.push({ file: storeFile, factId: fact.id, field, message });
    };
    if (seen.has(fact.id)) fail('id', 'repeats an id used by an earlier fact');
    seen.add(fact.id);
    const text = articleTexts.get(fact.articleId);
    if (text === undefined) fail('articleId', `no article "${fact.articleId}"`);
    else if (text.slice(fact.span.start, fact.span.end) !== fact.quote) {
      fail('quote', `is not the article's text at ${fact.span.start}-${fact.span.end}`);
    }
    if (factHash(fact) !== fact.hash) fail('hash', 'is not the hash of what the fact says: run `npm run facts:build`');
    if (fact.status.state !== 'current' && !isCalendarDate(fact.status.on)) fail('status.on', `"${fact.status.on}" is not a calendar date`);
    for (const topic of fact.topics) if (!topics.has(topic)) fail('topics', `unknown topic "${topic}"`);
    for (const otherId of fact.disputedBy) {
      const other = byId.get(otherId);
      if (other === undefined) fail('disputedBy', `links to "${otherId}", which is not in the store`);
      else if (!other.disputedBy.includes(fact.id)) fail('disputedBy', `links to "${otherId}", which does not link back`);
      // Answers never show a retracted fact, so a dispute resting on one would quietly lose its other side.
      else if (isRetracted(other) && !isRetracted(fact)) {
        fail(
          'disputedBy',
          `links to "${otherId}", which is retracted: answers would show this fact as undisputed; remove the link from both facts`,
        );
      }
    }
  }
  return problems;
}
