import { describe, expect, test } from 'vitest';
import { useShippedEngine } from '../../support/shippedEngine.js';

// What a question asks for beyond its words: a reason, a kind, a name, which one is meant, and a guess that asks nothing.
const { ask, citedIds } = useShippedEngine();

describe('why, asked of a reason the article gives for something else', () => {
  test('GIVEN why the price rose THEN "protests began over the doubling of the price" is no reason for it', () => {
    const answer = ask('why did the gas price double?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article gives no reason for that\. /);
  });

  test.each([
    ['why did the protests start', 'doubling'],
    ['why did the government resign', 'in response to the unrest'],
    ['why is kazakhstan important', 'strategically'],
  ])('GIVEN "%s" THEN the fact giving its reason answers', (question, expected) => {
    expect(ask(question).answer).toContain(expected);
  });

  test('GIVEN a condition before the question ("if it started with fuel why…") THEN the question is asked on its own', () => {
    expect(ask('if it began with fuel why did it get so big').answer).toContain('widespread discontent');
  });
});

test('GIVEN a clause on what the asked thing is placed in ("prime minister in the government that resigned") THEN it must be spoken of', () => {
  expect(ask('who was prime minister in the government that resigned?').answered).toBe(false);
});

test.each([
  ['which party has ruled kazakhstan since 1991?', 'the same party'],
  ['which parts of the country have poor living conditions?', 'some parts of the country'],
])('GIVEN "%s", which the article answers only vaguely ("%s") THEN it says it gives no name', (question) => {
  const answer = ask(question);
  expect(answer.answered).toBe(false);
  expect(answer.answer).toMatch(/^The article gives no name for that\. /);
});

test.each([
  ['what do they use that gas for, heating?', 'vehicle fuel'],
  ['what were the attackers trying to do to the buildings, just burn them?', 'storm buildings'],
])('GIVEN "%s", a guess after the question THEN the guess asks nothing and the question is answered', (question, expected) => {
  const answer = ask(question);
  expect(answer.answered).toBe(true);
  expect(answer.answer).toContain(expected);
});

test('GIVEN when a curfew is THEN "an overnight curfew" gives its time', () => {
  expect(ask('when is the curfew?').answer).toContain('overnight curfew');
});

describe('"what kind of …" asks for the kind', () => {
  test.each([
    ['what sort of buildings came under attack', 'government buildings'],
    ['what type of countries are in the security bloc', 'six former Soviet countries'],
  ])('GIVEN "%s" THEN the fact saying the kind answers first', (question, expected) => {
    expect(ask(question).citations[0]?.quote).toContain(expected);
  });
});

describe('"A vs B"', () => {
  test('GIVEN two figures no fact gives together ("killed vs injured") THEN each fact answers its side', () => {
    const answer = ask('how many killed vs injured');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('more than 300 were injured');
    expect(answer.answer).toContain('at least eight law enforcement officers have been killed');
  });

  test('GIVEN a split of a figure that a fact gives only combined THEN it says the article gives no figure for that', () => {
    const answer = ask('of the dead, how many were national guard vs police?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article gives no figure for that\. /);
  });
});

describe('a relative clause says which one is meant', () => {
  test.each([
    ['how many countries belong to the alliance that tokayev turned to', 'six former Soviet countries'],
    ['the spokeswoman who gave the death toll works for which force', 'Police spokeswoman'],
  ])('GIVEN "%s" THEN the fact answering need not repeat the clause', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
  });

  test('GIVEN a noun that only names the kind of answer ("the group that…") THEN the clause is what is asked', () => {
    expect(ask('which is the group that approved the peacekeepers').answer).toContain('council of the CSTO approved');
  });
});

describe('"who\'s the …" asks for a name', () => {
  test('GIVEN someone the article never names THEN it says it gives no name', () => {
    const answer = ask("who's the mayor of almaty");
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article gives no name for that\. .*deputy mayor/);
  });

  test('GIVEN someone the article names in its own reporting THEN that name leads', () => {
    expect(ask("who's the head of state there").answer).toMatch(/^President Kassym-Jomart Tokayev\. /);
  });
});

test.each([
  ['almaty unrest day', 'Wednesday'],
  ['tass nationality?', 'Russian'],
  ['curfew time', 'overnight'],
  ['csto location', 'Moscow-based'],
])('GIVEN the terse "%s", ending with the kind of answer it wants THEN that answers', (question, expected) => {
  const answer = ask(question);
  expect(answer.answered).toBe(true);
  expect(answer.answer).toContain(expected);
});

test('GIVEN what happened after an event THEN the fact stating only the event does not answer it, and it says so', () => {
  const answer = ask('what happened after the government resigned?');
  expect(answer.answered).toBe(false);
  expect(answer.answer).toMatch(/^The article does not say what happened after the government resigned\. /);
});

test('GIVEN what happened after an event THEN a fact saying what came after it answers', () => {
  expect(ask('what happened after tokayev asked for help').answer).toContain('would send peacekeeping forces');
});

describe('"which city did … happen in" asks where what happened happened', () => {
  test.each(['which city did the protests begin in', 'in which city the protests started first?'])(
    'GIVEN "%s", a place the article never gives for the start THEN it abstains, naming what it says of the start',
    (question) => {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.answer).toContain('the protests began over the near doubling');
    },
  );

  test('GIVEN "which city had a curfew" THEN the curfew answers it', () => {
    expect(ask('which city had a curfew').answer).toContain('overnight curfew');
  });

  test('GIVEN "who is behind the unrest" THEN being led by someone is who is behind it', () => {
    expect(citedIds('who is behind the unrest')).toEqual(['claims.tokayev-terrorist-bands']);
  });
});

describe('"besides X, which other …" asks for another of its kind', () => {
  test('GIVEN "besides almaty which other cities saw govt buildings burned" THEN Almaty\'s buildings do not answer: it abstains', () => {
    const answer = ask('besides almaty which other cities saw govt buildings burned');
    expect(answer.answered).toBe(false);
  });

  test('GIVEN "besides almaty, which other cities had a curfew" THEN the curfew in Nur-Sultan and Almaty answers it', () => {
    expect(citedIds('besides almaty, which other cities had a curfew')).toEqual(['emergency.curfew-and-restricted-movement']);
  });

  test('GIVEN "besides a curfew what else did the emergency do" THEN the curfew fact still answers, for the restricted movement', () => {
    expect(citedIds('besides a curfew what else did the emergency do')).toContain('emergency.curfew-and-restricted-movement');
  });
});
