import { beforeAll, describe, expect, test } from 'vitest';
import type { AnswerEngine } from '../../src/answers/answerEngine.js';
import { UserFacingError } from '../../src/answers/errors.js';
import { airportDispute } from '../support/airportDispute.js';
import { fixtureEngine, fixtureFact } from '../support/fixtureStore.js';

const ministry = { name: 'Interior Ministry', kind: 'government-body', asPrinted: 'The Interior Ministry', verb: 'said' } as const;

const FACTS = [
  fixtureFact({
    id: 'casualties.officers-killed',
    claim: 'The Interior Ministry said at least eight police officers were killed.',
    topics: ['casualties'],
    attribution: ministry,
    stance: 'attributed',
    quantities: [{ text: 'at least eight', value: 8, qualifier: 'at least', counted: 'police officers killed' }],
  }),
  fixtureFact({
    id: 'security.protesters-clashed',
    claim: 'The article reports that protesters clashed with police in the square.',
    topics: ['security'],
  }),
  ...airportDispute(),
  fixtureFact({
    id: 'internet.restored',
    claim: 'The article reports that internet service was restored early Thursday.',
    topics: ['internet'],
    time: 'early Thursday',
  }),
];

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await fixtureEngine(FACTS);
});

const ask = (question: string) => engine.answerExtractive(question).answer;

describe('answers from the store', () => {
  test.each([
    ['How many police officers were killed?', 'casualties.officers-killed'],
    ['what was the death toll among cops', 'casualties.officers-killed'],
    ['fatalities among law enforcement?', 'casualties.officers-killed'],
    ['was the internet back online?', 'internet.restored'],
    ['was the internet restord', 'internet.restored'],
  ])('GIVEN "%s" THEN the answer rests first on %s', (question, factId) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.factId).toBe(factId);
  });

  test('GIVEN a count question THEN the answer keeps the qualifier and names the source', () => {
    const answer = ask('How many officers died?');
    expect(answer.answer).toContain('The Interior Ministry said at least eight police officers were killed.');
    expect(answer.citations[0]).toEqual({
      factId: 'casualties.officers-killed',
      source: 'Interior Ministry',
      quote: 'The Interior Ministry said at least eight police officers were killed.',
    });
  });

  test('GIVEN a question that touches a disputed fact THEN both sides are cited and said to conflict', () => {
    const answer = ask('What happened at the airport?');
    expect(answer.citations.map((citation) => citation.factId)).toEqual(['airport.planes-seized', 'airport.operating-normally']);
    expect(answer.answer).toContain('five planes were seized');
    expect(answer.answer).toContain('operating normally');
    expect(answer.answer).toContain('These accounts conflict');
  });

  test('GIVEN any answer THEN at most four citations, most relevant first', () => {
    const answer = ask('police killed airport planes internet protesters');
    expect(answer.citations.length).toBeLessThanOrEqual(4);
  });
});

describe('abstention', () => {
  test.each([
    ['How many protesters were arrested?', '“arrested”'],
    ['What is the population of the city?', '“population”'],
    ['Tell me a joke', '“joke”'],
  ])('GIVEN "%s" THEN abstains and names what the store lacks', (question, missing) => {
    const answer = ask(question);
    expect(answer).toMatchObject({ answered: false, citations: [] });
    expect(answer.answer).toContain(missing);
  });

  test('GIVEN a question about what someone the article never quotes said THEN abstains and lists who it does quote', () => {
    const answer = ask('What did China say about the airport?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('“china”');
    expect(answer.answer).toContain('Interior Ministry');
  });

  test('GIVEN "how many" about something no fact counts THEN abstains rather than give an unrelated figure', () => {
    expect(ask('How many protesters clashed with police?')).toMatchObject({ answered: false });
  });

  test('GIVEN "when" about something no fact dates THEN abstains', () => {
    expect(ask('When did protesters clash with police?')).toMatchObject({ answered: false });
  });

  test('GIVEN "who is" a source the article leaves unnamed THEN abstains', () => {
    expect(ask('Who is the deputy mayor?')).toMatchObject({ answered: false });
  });

  test('GIVEN nothing to ask about THEN abstains with the topics it covers', () => {
    const answer = ask('hello?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('casualties');
  });
});

describe('question limits', () => {
  test.each([
    ['an empty question', '   ', 'The question is empty'],
    ['a question over 500 characters', 'why '.repeat(130), 'the limit is 500'],
  ])('GIVEN %s THEN a clear error and no answer', (_, question, message) => {
    expect(() => ask(question)).toThrow(UserFacingError);
    expect(() => ask(question)).toThrow(message);
  });
});
