import type { Problem } from '../problem.js';
import type { Store } from '../schema.js';

/**
 * The checks that need no rebuild, cheap enough for every start: each quote is the article's text at its span,
 * ids are unique, dispute links exist both ways, topics exist, and the article text is the one the store was built from.
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
    for (const topic of fact.topics) if (!topics.has(topic)) fail('topics', `unknown topic "${topic}"`);
    for (const otherId of fact.disputedBy) {
      const other = byId.get(otherId);
      if (other === undefined) fail('disputedBy', `links to "${otherId}", which is not in the store`);
      else if (!other.disputedBy.includes(fact.id)) fail('disputedBy', `links to "${otherId}", which does not link back`);
    }
  }
  return problems;
}
