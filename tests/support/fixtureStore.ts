import type { Fact, Store } from '../../src/facts/schema.js';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { createAnswerEngine } from '../../src/answers/answerEngine.js';
import type { AnswerEngine } from '../../src/answers/answerEngine.js';

const ARTICLE = 'fixture-article';

/** A fact with everything a test does not care about filled in; the span is not checked by the engine. */
export function fixtureFact(fields: Partial<Fact> & Pick<Fact, 'id' | 'claim' | 'topics'>): Fact {
  return {
    articleId: ARTICLE,
    quote: fields.claim,
    span: { start: 0, end: fields.claim.length },
    paragraph: 0,
    attribution: { name: 'The article', kind: 'article', asPrinted: 'Fixture', verb: 'reported' },
    stance: 'reported',
    quantities: [],
    disputedBy: [],
    corrections: [],
    ...fields,
  };
}

export function fixtureStore(facts: Fact[]): Store {
  const topicIds = [...new Set(facts.flatMap((fact) => fact.topics))];
  return {
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
}

/** An engine over a fixture store with the project's own synonyms and question words. */
export async function fixtureEngine(facts: Fact[]): Promise<AnswerEngine> {
  const { synonyms, queryWords } = await loadAnswerData();
  return createAnswerEngine(fixtureStore(facts), synonyms, queryWords);
}
