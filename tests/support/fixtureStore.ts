import type { Fact, Store } from '../../src/facts/schema.js';
import { factHash, storeVersionHash } from '../../src/facts/factHash.js';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { createAnswerEngine } from '../../src/answers/answerEngine.js';
import type { AnswerEngine } from '../../src/answers/answerEngine.js';

const ARTICLE = 'fixture-article';
export const FIXTURE_DATE = '2026-01-01';

/**
 * A fact with everything a test does not care about filled in; the span is not checked by the engine. The hash is the
 * fact's own unless a test gives one.
 */
export function fixtureFact(fields: Partial<Fact> & Pick<Fact, 'id' | 'claim' | 'topics'>): Fact {
  const fact: Omit<Fact, 'hash'> = {
    articleId: ARTICLE,
    quote: fields.claim,
    span: { start: 0, end: fields.claim.length },
    paragraph: 0,
    attribution: { name: 'The article', kind: 'article', asPrinted: 'Fixture', verb: 'reported' },
    stance: 'reported',
    quantities: [],
    disputedBy: [],
    corrections: [],
    status: { state: 'current' },
    ...fields,
  };
  return { ...fact, hash: fields.hash ?? factHash(fact) };
}

/** A store of the given facts, at version 1 of a fixed date. */
export function fixtureStore(facts: Fact[]): Store {
  const topicIds = [...new Set(facts.flatMap((fact) => fact.topics))];
  const content = {
    articles: [
      {
        id: ARTICLE,
        title: 'Fixture',
        photoCredits: [],
        curatorSupplied: {},
        file: 'articles/fixture-article.txt',
        sha256: '0'.repeat(64),
      },
    ],
    topics: topicIds.map((id) => ({ id, label: id, description: `${id} facts`, aliases: [], inSummary: false })),
    facts,
  };
  return { version: { number: 1, date: FIXTURE_DATE, hash: storeVersionHash(content) }, ...content };
}

/** An engine over a fixture store with the project's own synonyms and question words. */
export async function fixtureEngine(facts: Fact[]): Promise<AnswerEngine> {
  const answerData = await loadAnswerData();
  return createAnswerEngine(fixtureStore(facts), answerData);
}
