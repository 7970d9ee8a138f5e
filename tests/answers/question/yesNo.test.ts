import { describe, expect, test } from 'vitest';
import { useShippedEngine } from '../../support/shippedEngine.js';

// Yes or no: what the article says first, a detail or a count it states otherwise, and an opposite condition.
const { engine, ask, citedIds } = useShippedEngine();

describe('yes and no', () => {
  test.each([
    ['did the government resign?', 'Yes: '],
    ['is it true that the government resigned?', 'Yes: '],
    ['was a state of emergency declared?', 'Yes: '],
    ['did police use grenades?', 'Yes: '],
    ["was the mayor's building set on fire?", 'Yes: '],
    ['is the internet working again?', 'According to TASS, yes. '],
    ['my cousin lives in almaty, is the internet working again?', 'According to TASS, yes. '],
    ['was there an internet blackout?', 'According to NetBlocks, yes. '],
    ['did peacekeepers get sent to kazakhstan?', 'According to Nikol Pashinyan, yes. '],
  ])('GIVEN "%s" THEN the answer opens with "%s"', (question, opening) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer.startsWith(opening)).toBe(true);
  });

  test.each([
    'did the government resign?',
    'was a state of emergency declared?',
    'is the internet working again?',
    'was there an internet blackout?',
  ])('GIVEN "%s" THEN a bare yes rests on the article\'s own report and a claim\'s yes names its source', (question) => {
    const answer = ask(question);
    const first = engine().store.facts.find((fact) => fact.id === answer.citations[0]?.factId);
    expect(first).toBeDefined();
    const opening = first?.stance === 'attributed' ? `According to ${first.attribution.name}, yes. ` : 'Yes: ';
    expect(answer.answer.startsWith(opening)).toBe(true);
  });

  test.each(['was the airport attacked?', 'were planes seized at the airport?', 'my friend says the airport was attacked, is that true?'])(
    'GIVEN the disputed "%s" THEN it says the accounts differ and gives both',
    (question) => {
      const answer = ask(question);
      expect(answer.answer).toMatch(/^The accounts differ\. /);
      expect(answer.answer).not.toMatch(/^Yes|, yes\./);
      expect(answer.answer).toContain('five planes were seized');
      expect(answer.answer).toContain('operating normally');
    },
  );

  test.each([
    ['was the internet working?', 'widespread internet blackout'],
    ['did the news sites keep working', 'became inaccessible'],
    ['was the airport shut down', 'operating normally'],
    ['is the airport closed?', 'operating normally'],
  ])('GIVEN "%s", which the article answers with the opposite condition THEN that fact answers it, with no yes', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
    expect(answer.answer).not.toMatch(/^Yes|, yes\./);
  });

  test.each([
    ['someone told me 1000 people died, is that right?', /^The article gives no figure of 1000\. .*killed/],
    ['did 20 police die?', /^The article gives no figure of twenty\. .*eight police officers/],
    ['my friend says 10 planes were seized', /^The article gives no figure of ten\. .*five planes/],
  ])('GIVEN "%s", a count the article does not give THEN it says so first and gives its own figures, with no yes', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(expected);
  });

  test.each([
    ['kazakhstan is the 3rd largest country?', /^The article does not mention “3rd”\. .*ninth largest country/],
    ['was it an american-led alliance that sent troops', /^The article does not (?:say|mention) .*Russian-led military coalition/],
    ['was it a us-led alliance sending troops', /^The article does not (?:say|mention) .*Russian-led military coalition/],
    ['is the state of emergency for three weeks?', /^The article gives no figure of three\. .*two-week state of emergency/],
    ['is the coalition led by china?', /^The article does not say the coalition is led by China\. .*Russian-led/],
    ['is the csto headquartered in nur-sultan?', /^The article does not say .*Moscow-based coalition/],
    [
      'is it true the protests started over electricity prices?',
      /^The article does not say the protests started over electricity prices\. .*liquefied petroleum gas/,
    ],
    [
      'did the protests start over bread prices',
      /^The article does not say the protests started over bread prices\. .*liquefied petroleum gas/,
    ],
  ])('GIVEN "%s", with a detail the article states otherwise THEN it answers with the correction', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(expected);
  });

  test.each(['did china send troops to help tokayev', 'has the army taken power in kazakhstan', 'did the army declare martial law'])(
    'GIVEN "%s", whose unknown word modifies no noun of the nearest fact THEN it is no correction: it abstains',
    (question) => {
      expect(ask(question).answered).toBe(false);
    },
  );

  test('GIVEN a place the article says nothing of THEN another place is no correction: it abstains', () => {
    const answer = ask('is the internet back in nur-sultan yet?');
    expect(answer.answered).toBe(false);
  });

  test('GIVEN a statement with a tag ("…, right?") THEN it is a yes or no question too', () => {
    expect(ask('the emergency lasts a month, right?').answer).toMatch(/^The article does not mention “month”\. .*two-week/);
  });

  test('GIVEN a yes/no question about something the article never reports THEN a fact sharing its other words is no yes', () => {
    const answer = ask('did the peacekeepers open fire on the crowds?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article does not mention “open fire”\./);
  });

  test('GIVEN a statement asked with a question mark THEN it is a yes or no question', () => {
    expect(ask('government buildings were set on fire?').answer).toMatch(/^Yes: /);
  });

  test('GIVEN a count the article gives THEN the yes stands', () => {
    expect(ask('did 8 police officers die').answer).toMatch(/^According to Kazakh Interior Ministry, yes\. /);
  });

  test.each([
    ['was it warm while they clashed?', 'in cold weather'],
    ['did police clash with protesters just one time?', 'repeatedly clashed'],
    ['did fuel prices drop?', 'near doubling'],
    ['did things calm down after the fuel protests?', 'swiftly escalated'],
  ])('GIVEN "%s", the opposite of what the article reports THEN that fact answers it, with no yes', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect([answer.answer, ...answer.citations.map((citation) => citation.quote)].join(' ')).toContain(expected);
    expect(answer.answer).not.toMatch(/^Yes|, yes\./);
  });

  test.each(['Did the protests spread slowly?', 'Was the Almaty mayor killed when his building burned?'])(
    'GIVEN "%s", which the first fact does not state as asked THEN no yes is said',
    (question) => {
      expect(ask(question).answer).not.toMatch(/^Yes|, yes\./);
    },
  );

  test('GIVEN "is almaty the largest city", which the first fact states THEN the yes stands', () => {
    expect(ask('is almaty the largest city').answer).toMatch(/^Yes|, yes\./);
  });

  test('GIVEN what will happen THEN a condition the article reports now is no answer', () => {
    expect(ask('are fuel prices going to be lowered?').answered).toBe(false);
  });

  test('GIVEN "was Kazakhstan once part of the Soviet Union" THEN "once" is formerly, not one time', () => {
    expect(ask('was kazakhstan once part of the soviet union').answer).toContain('Soviet Union');
  });

  test('GIVEN "works for" THEN it is employment, not whether something is working', () => {
    expect(ask('the spokeswoman who reported the deaths works for what agency').answer).toContain('Police spokeswoman');
  });

  test('GIVEN "so basically it\'s only about gas prices?" THEN the discontent is what else, not a second fact on prices', () => {
    expect(citedIds("so basically it's only about gas prices?")).toContain('causes.widespread-discontent');
  });

  test('GIVEN "why the alliance decided to send troops" THEN "decided" is too broad to require: the appeal is the reason', () => {
    expect(citedIds('why the alliance decided to send troops, did someone ask them?')).toContain('csto.coalition-to-send-peacekeepers');
  });

  test('GIVEN "is it only about fuel prices?" THEN it does not say yes and gives the wider discontent', () => {
    const answer = ask('is it only about fuel prices?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).not.toMatch(/^yes/i);
    expect(answer.answer).toContain('discontent');
    expect(citedIds('is it only about fuel prices?')).toContain('causes.widespread-discontent');
  });
});
