import { describe, expect, test } from 'vitest';
import type { Retrieval } from '../../src/answers/answerEngine.js';
import { factLine } from '../../src/answers/llm/buildMessages.js';
import { FACT_LINES_BUDGET, MAX_FACTS_SENT, factsForModel } from '../../src/answers/llm/factsForModel.js';
import { loadStore } from '../../src/facts/loadStore.js';
import type { Fact } from '../../src/facts/schema.js';
import { standingFacts } from '../../src/facts/standingFacts.js';
import { fixtureFact, fixtureStore } from '../support/fixtureStore.js';

const RETRACTED = { state: 'retracted', on: '2026-01-02', reason: 'the source withdrew it' } as const;

/** `count` facts whose claims run to about `length` characters each. */
const manyFacts = (count: number, length: number): Fact[] =>
  Array.from({ length: count }, (_, index) =>
    fixtureFact({ id: `filler.fact-${index}`, claim: `The article reports fact ${index}. ${'x'.repeat(length)}`, topics: ['filler'] }),
  );

const retrieval = (answered: boolean, candidates: Fact[]): Retrieval => ({
  answer: { question: 'q', answered, answer: answered ? 'an answer' : 'an abstention', citations: [], mode: 'extractive' },
  candidates,
});

const ids = (facts: readonly Fact[]): string[] => facts.map((fact) => fact.id);
const characters = (facts: readonly Fact[]): number => facts.reduce((sum, fact) => sum + factLine(fact).length + 1, 0);

describe('the facts the model is given', () => {
  test('GIVEN the real store THEN all its standing facts fit the budget and the cap', async () => {
    const standing = standingFacts(await loadStore());
    expect(characters(standing)).toBeLessThanOrEqual(FACT_LINES_BUDGET);
    expect(standing.length).toBeLessThanOrEqual(MAX_FACTS_SENT);
  });

  test('GIVEN standing facts that fit and an abstention THEN every standing fact is sent, the candidates first, no retracted one', () => {
    const facts = [
      ...manyFacts(5, 10),
      fixtureFact({ id: 'filler.withdrawn', claim: 'Withdrawn.', topics: ['filler'], status: RETRACTED }),
    ];
    const store = fixtureStore(facts);
    const sent = factsForModel(store, retrieval(false, [facts[3] as Fact]));
    expect(ids(sent)).toEqual(['filler.fact-3', 'filler.fact-0', 'filler.fact-1', 'filler.fact-2', 'filler.fact-4']);
  });

  test('GIVEN facts beyond the budget and an abstention with candidates THEN only the candidates are sent', () => {
    const facts = manyFacts(60, 500);
    expect(characters(facts)).toBeGreaterThan(FACT_LINES_BUDGET);
    const sent = factsForModel(fixtureStore(facts), retrieval(false, [facts[40] as Fact, facts[7] as Fact]));
    expect(ids(sent)).toEqual(['filler.fact-40', 'filler.fact-7']);
  });

  test('GIVEN facts beyond the budget and an abstention without candidates THEN the first standing facts up to the budget', () => {
    const facts = manyFacts(60, 500);
    const sent = factsForModel(fixtureStore(facts), retrieval(false, []));
    expect(sent).toEqual(facts.slice(0, sent.length));
    expect(characters(sent)).toBeLessThanOrEqual(FACT_LINES_BUDGET);
    expect(characters(facts.slice(0, sent.length + 1))).toBeGreaterThan(FACT_LINES_BUDGET);
  });

  test('GIVEN facts beyond the budget and an answer THEN its candidates first, then the other standing facts up to the budget', () => {
    const facts = manyFacts(60, 500);
    const sent = factsForModel(fixtureStore(facts), retrieval(true, [facts[50] as Fact, facts[2] as Fact]));
    expect(ids(sent.slice(0, 3))).toEqual(['filler.fact-50', 'filler.fact-2', 'filler.fact-0']);
    expect(new Set(ids(sent)).size).toBe(sent.length);
    expect(characters(sent)).toBeLessThanOrEqual(FACT_LINES_BUDGET);
    expect(sent.length).toBeLessThan(facts.length);
  });

  test('GIVEN more short facts than the cap THEN no more than the cap are sent', () => {
    const facts = manyFacts(MAX_FACTS_SENT + 10, 0);
    expect(characters(facts)).toBeLessThanOrEqual(FACT_LINES_BUDGET);
    expect(factsForModel(fixtureStore(facts), retrieval(true, [facts[0] as Fact]))).toHaveLength(MAX_FACTS_SENT);
  });

  test.each([
    ['within the budget', 10],
    ['beyond the budget', 500],
  ])('GIVEN a retracted candidate %s THEN it is never sent', (_, length) => {
    const withdrawn = fixtureFact({ id: 'filler.withdrawn', claim: 'Withdrawn.', topics: ['filler'], status: RETRACTED });
    const facts = [...manyFacts(60, length), withdrawn];
    for (const answered of [true, false]) {
      expect(ids(factsForModel(fixtureStore(facts), retrieval(answered, [withdrawn, facts[1] as Fact])))).not.toContain('filler.withdrawn');
    }
  });
});
