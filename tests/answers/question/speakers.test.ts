import { describe, expect, test } from 'vitest';
import { useShippedEngine } from '../../support/shippedEngine.js';

// Who said what: the sources a question names, and the words only a source gives.
const { ask, citedIds } = useShippedEngine();

describe('who said a thing is not who did it', () => {
  test('GIVEN a country that only the speaker’s title names, asked whether it did what the speaker reports THEN abstains', () => {
    // "Armenian Prime Minister Nikol Pashinyan … said the council approved sending … peacekeepers": the council sends them.
    const answer = ask('Is Armenia sending its own soldiers?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article does not say Armenia is sending its own soldiers\./);
  });

  test.each([
    ['is armenia involved in this somehow?', 'Pashinyan'],
    ['Pashinyan is prime minister of which country?', 'Armenian'],
    ['What did the Armenian prime minister say?', 'peacekeepers'],
    ['Is the CSTO sending troops?', 'send peacekeeping forces'],
    ['did tokayev blame foreign countries?', 'other countries'],
  ])('GIVEN "%s", about the speaker or a speaker who is the subject THEN it answers with "%s"', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
  });

  test('GIVEN a count of police killed THEN a figure a police official gives of other dead does not answer it', () => {
    expect(citedIds('How many police officers were killed?')).not.toContain('casualties.dozens-killed-attacking-buildings');
  });
});

describe('several speakers', () => {
  test("GIVEN whether two speakers said the same THEN each one's fact is cited, and their conflict is said", () => {
    const answer = ask('did tokayev and deputy mayor say same thing about airport?');
    expect(answer.answered).toBe(true);
    expect(answer.citations.map((citation) => citation.factId).sort()).toEqual([
      'airport.five-planes-seized',
      'airport.operating-normally',
    ]);
    expect(answer.answer).toContain('These accounts conflict');
  });
});

test('GIVEN whether one source agreed with another THEN both accounts are shown with their conflict', () => {
  const answer = ask('did the deputy mayor agree w the president about the airport');
  expect(answer.answered).toBe(true);
  expect(answer.answer).toContain('These accounts conflict');
});

test('GIVEN "did the csto agree to send troops" THEN agreeing to do a thing is approving it, not a dispute', () => {
  expect(citedIds('did the csto agree to send troops')).toContain('csto.council-approved-peacekeepers');
  expect(ask('did the csto agree to send troops').answer).not.toContain('conflict');
});

describe('a speaker named in other words', () => {
  test.each(['is the airport working normally, according to the city official?', 'what did the city official say'])(
    'GIVEN "%s" THEN the city official is the deputy mayor, and only what he said leads',
    (question) => {
      const answer = ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.citations[0]?.source).toContain('deputy mayor');
    },
  );

  test('GIVEN "did anyone contradict Tokayev\'s claim" THEN the dispute word is no part of a speaker to look for', () => {
    expect(citedIds("Did anyone contradict Tokayev's claim about the airport?")).toContain('airport.operating-normally');
  });
});

test('GIVEN a speaker named by its kind and a description ("the russia-led group") THEN the description finds the CSTO', () => {
  const answer = ask('what did the russia-led group announce?');
  expect(answer.answered).toBe(true);
  expect(answer.citations[0]?.source).toContain('CSTO');
});

test.each(['Who said Almaty airport was running normally?', 'is almaty airport operating normally'])(
  'GIVEN "%s" THEN "the airport" the deputy mayor spoke of is Almaty’s, named earlier in his sentence',
  (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('operating normally');
  },
);

test('GIVEN "what does X tell us" THEN X is what shows something, not a speaker to look for', () => {
  const answer = ask('what does the rapid spread of the protests tell us');
  expect(answer.answered).toBe(true);
  expect(answer.answer).toContain('widespread discontent');
});
