import { describe, expect, test } from 'vitest';
import { agentAsked, namesAgent } from '../../../src/answers/agentAsked.js';
import { stem } from '../../../src/answers/vocabulary.js';
import { useShippedEngine } from '../../support/shippedEngine.js';

// "Who did it?": a fact answers only if it names the doer, not if it reports the deed done by no one it names.
const { ask } = useShippedEngine();

describe('a deed the article reports without its doer', () => {
  test.each([
    ['who cut the internet?', /^The article does not say who cut the Internet\. .*NetBlocks said the country was experiencing/],
    ['Who killed the police officers?', /^The article does not say who killed the police officers\. .*Interior Ministry said eight police/],
    ['who restored the internet', /^The article does not say who restored the Internet\. .*TASS reported/],
    ['who blocked the news sites', /^The article does not say who blocked the news sites\. .*became inaccessible/],
    ['who torched government buildings', /^The article does not say who torched government buildings\./],
    // Yes or no, the question is whether NetBlocks named the doer: it did not.
    ['did netblox say who cut the internet?', /^The article does not say who cut the Internet\./],
    // Tokayev says terrorist bands led the unrest, not who leads the bands.
    ['who is leading the so-called terrorist bands', /^The article does not say who is leading the so-called terrorist bands\./],
  ])('GIVEN %j THEN it says the doer is not named, and what the article does report', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(expected);
  });
});

describe('a deed whose doer the article names', () => {
  test.each([
    ['who seized the planes', 'rioters'],
    ['who declared the state of emergency', 'Tokayev declared'],
    ['who used tear gas', 'police have repeatedly clashed'],
    ['who resigned', 'government resigned'],
    ['who asked for help', "country's president asked"],
    ['who approved sending peacekeepers', 'council of the CSTO approved'],
    ['who chairs the CSTO council', "the council's chairman"],
    ['who helped the terrorist bands', 'unspecified other countries'],
    ['who borders kazakhstan', 'borders Russia'],
  ])('GIVEN %j THEN the fact naming the doer answers', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
  });

  test('GIVEN "who did X ask" THEN X is the doer and the one asked is what the answer names', () => {
    expect(ask('who did tokayev ask for help').answer).toContain('Collective Security Treaty Organization');
  });
});

describe('reading the deed', () => {
  const isSpeech = (word: string) => ['said', 'say', 'reported'].includes(word);
  test.each([
    ['who cut the internet?', 'cut'],
    ['who is leading the terrorist bands', 'leading'],
    ['who has seized the planes', 'seized'],
    ['do we know who set the fire', 'set'],
  ])('GIVEN %j THEN the deed is %j', (question, verb) => {
    expect(agentAsked(question, isSpeech)?.verb).toBe(verb);
  });

  test.each(['who is the president', 'who was killed', 'who said the airport was working', 'who did tokayev blame', 'what was cut'])(
    'GIVEN %j THEN no doer is asked',
    (question) => {
      expect(agentAsked(question, isSpeech)).toBeUndefined();
    },
  );

  const killed = new Set([stem('killed')]);
  test.each([
    ['Rioters killed three guards.', true],
    ['Three guards were killed.', false],
    ['Three guards were later killed by rioters.', true],
    ['The killing of three guards shocked the city.', false],
    ['The report says nothing of the guards.', undefined],
  ])('GIVEN the claim %j THEN whether it names who killed is %j', (claim, expected) => {
    expect(namesAgent(claim, killed, [stem('guards')])).toBe(expected);
  });

  test('GIVEN a doer after "by" that is what the question says was done to THEN it is no doer of that', () => {
    const led = new Set([stem('led')]);
    expect(namesAgent('The unrest was led by terrorist bands.', led, [stem('bands')])).toBe(false);
    expect(namesAgent('The unrest was led by terrorist bands.', led, [stem('unrest')])).toBe(true);
  });
});
