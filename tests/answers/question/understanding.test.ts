import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { words } from '../../../src/answers/vocabulary.js';
import { DEFAULT_DATA_DIR } from '../../../src/facts/dataFiles.js';
import { useShippedEngine } from '../../support/shippedEngine.js';

const { engine, ask, citedIds } = useShippedEngine();

const articleDir = path.join(DEFAULT_DATA_DIR, 'articles');
const articleWords = new Set(
  readdirSync(articleDir)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => words(readFileSync(path.join(articleDir, file), 'utf8'))),
);

describe('a misspelt or chat-spelt question answers as its clean form', () => {
  test.each([
    ['why r ppl protesting?', 'why are people protesting?'],
    ['did the govt resign?', 'did the government resign?'],
    ['wat happened at the airprot?', 'what happened at the airport?'],
    ['is the internet back rn?', 'is the internet back right now?'],
    ['who is blamin the unrest on terrorists?', 'who is blaming the unrest on terrorists?'],
    ['how many polce officers were killed?', 'how many police officers were killed?'],
    ['did the govenrment resign?', 'did the government resign?'],
    ['how many ppl were injured?', 'how many people were injured?'],
    ['whos the prez of kz?', 'who is the president of kazakhstan?'],
    ['wat r the protesters angry abt?', 'what are the protesters angry about?'],
    ['was a state of emergncy declared?', 'was a state of emergency declared?'],
    ['wat did tass report abt the internet?', 'what did tass report about the internet?'],
    ['how many plaens were seized?', 'how many planes were seized?'],
    ['did peacekeepers get sent to kazakstan?', 'did peacekeepers get sent to kazakhstan?'],
    ['why did the protests strat?', 'why did the protests start?'],
    ['was there a curfwe in almaty?', 'was there a curfew in almaty?'],
    ['how much did fuel prcies rise?', 'how much did fuel prices rise?'],
    ['what did police use againts protesters?', 'what did police use against protesters?'],
    ['wich city were the government buildings attacked in?', 'which city were the government buildings attacked in?'],
    ['in wich city was the mayor’s building seized?', 'in which city was the mayor’s building seized?'],
    ['wen was the internet restored?', 'when was the internet restored?'],
    ['does kaz have oil', 'does kazakhstan have oil'],
  ])('GIVEN "%s" THEN it answers as "%s"', (typed, clean) => {
    const answer = ask(typed);
    const expected = ask(clean);
    expect(expected.answered).toBe(true);
    expect(answer.answered).toBe(expected.answered);
    expect(answer.citations).toEqual(expected.citations);
  });

  // BUG: two swapped letters and a dropped one ("govrenmnt") are not found by the spelling index, which says it reaches
  // them; the answer is "The article does not mention “govrenmnt”" where the clean question answers yes.
  test('GIVEN "did the govrenmnt resign?" THEN it answers as "did the government resign?"', () => {
    expect(ask('did the govrenmnt resign?').citations).toEqual(ask('did the government resign?').citations);
  });
});

test('GIVEN an apology for the asker\'s English around "what is this CSTO" THEN it is read as "what is the CSTO"', () => {
  expect(ask('Sorry my English not good. What is this CSTO, please explain?').citations).toEqual(ask('what is the CSTO?').citations);
});

test.each([
  ['what did the fast spred of the protests suggest', 'widespread discontent'],
  ['which country is the prime minster Pashinyan from', 'Armenian'],
])('GIVEN "%s", a real word one letter from a word of the store THEN it is read as that word', (question, expected) => {
  expect(ask(question).answer).toContain(expected);
});

describe('chatter around a question never changes the answer', () => {
  test.each([
    ['hey bot, why are people protesting? thanks!', 'why are people protesting?'],
    ['Hi there, can you tell me why people are protesting? Thank you so much', 'why are people protesting?'],
    ['hi guys quick question: did the government resign? ty', 'did the government resign?'],
    ['ok so like, did the government resign or not?', 'did the government resign?'],
    ['did the government resign? many thanks', 'did the government resign?'],
    ['yo factdesk what happened at the airport?? lol', 'what happened at the airport?'],
    ['btw what happened at the airport? https://news.example.com/a (1)', 'what happened at the airport?'],
    ['sorry to bother, is the internet back? cheers', 'is the internet back?'],
    ['Good morning! Is the internet back? Many thanks.', 'is the internet back?'],
    ['um so how many people were injured? thx in advance', 'how many people were injured?'],
    ['just curious 🤔 how many people were injured? 🙏', 'how many people were injured?'],
    ['hello! does anyone know who runs kazakhstan?', 'who runs kazakhstan?'],
    ['honestly tho, who runs kazakhstan? much appreciated', 'who runs kazakhstan?'],
    ['who runs kazakhstan? take care', 'who runs kazakhstan?'],
    ['hey guys, why are people protesting?', 'why are people protesting?'],
    ['ok so who contradicted the president on the airport?', 'who contradicted the president on the airport?'],
    ['yeah so, and why did the protests start?', 'why did the protests start?'],
    ['hello from Lisbon 👋 why did the protests start?', 'why did the protests start?'],
    ['my history teacher wants to know why the protests started, can you help?', 'why did the protests start?'],
    ['so how did the government react? thanks a bunch', 'how did the government react?'],
    ['I trade energy for a living. What is LPG used for over there?', 'What is LPG used for?'],
  ])('GIVEN "%s" THEN it answers as "%s"', (typed, clean) => {
    const answer = ask(typed);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toBe(ask(clean).answer);
    expect(answer.citations).toEqual(ask(clean).citations);
  });

  // BUG: a sign-off that opens with "have" or "any" is read as a second question (readQuestion.ts QUESTION_OPENERS):
  // "have a great day!" makes the engine abstain with "The article does not say the government resigned", "have a nice
  // day" with "The article does not mention “nice”", "any help appreciated" with "…does not mention “appreciated”", and
  // "have a good one" turns "who runs kazakhstan?" into a yes/no question ("According to Kassym-Jomart Tokayev, yes.").
  // A sign-off kept as a scene ("appreciate any help") ranks the CSTO's "asked for help" fact above the causes.
  test.each([
    ['did the government resign? have a great day!', 'did the government resign?'],
    ['Good evening. Who runs Kazakhstan? Have a nice day', 'who runs kazakhstan?'],
    ['who runs kazakhstan? have a good one', 'who runs kazakhstan?'],
    ['why are people protesting? any help appreciated', 'why are people protesting?'],
    ["i'm curious, why are people protesting? appreciate any help", 'why are people protesting?'],
  ])('GIVEN the sign-off in "%s" THEN it answers as "%s"', (typed, clean) => {
    expect(ask(typed).answer).toBe(ask(clean).answer);
  });
});

describe('precise abstentions', () => {
  test('GIVEN "when did Tokayev flee?" THEN it says the article does not say he fled, not that it gives no date', () => {
    const answer = ask('when did Tokayev flee?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('does not say Tokayev fled');
    expect(answer.answer).not.toContain('gives no date');
  });

  test.each([
    ["since tokayev resigned, who's running the country now?", 'The article does not say Tokayev resigned.'],
    ['since the president ran away from the country, who is in charge now?', 'The article does not say the President ran away'],
  ])('GIVEN "%s", built on what the article does not report THEN it corrects that first', (question, correction) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.answer.startsWith(correction)).toBe(true);
  });

  test.each([
    ["exact number of attackers killed overnight, not just 'dozens'?", 'The article gives no figure for that.'],
    ['what was the exact date the protests started', 'The article gives no date or time for that.'],
    ['of the eight dead, how many were national guard and how many were police?', 'The article gives no figure for that.'],
  ])('GIVEN "%s", asking for more than the article gives THEN it says what it lacks first', (question, lacking) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.answer.startsWith(lacking)).toBe(true);
  });

  test.each([
    ['did tokayev order troops to shoot without warning', 'does not say Tokayev ordered troops to shoot without warning'],
    ['did nazarbayev step down', 'does not say nazarbayev stepped down'],
  ])('GIVEN "%s" THEN the premise puts the verb in the past, not the word in doubt', (question, premise) => {
    expect(ask(question).answer).toContain(premise);
  });

  test('GIVEN a question built on what the article reports THEN the question is answered', () => {
    const answer = ask('since the internet is back, what did TASS say?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('restored');
  });

  test('GIVEN "Why did NATO send troops?" THEN it says NATO sent none and what the article reports about troops', () => {
    const answer = ask('Why did NATO send troops?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article does not say NATO sent troops\./);
    expect(answer.answer).toMatch(/On [^,]*troops, it reports that .*peacekeeping forces/);
  });

  test('GIVEN "who is the CSTO\'s secretary general" THEN it names the missing word and reports what it says on the CSTO', () => {
    const answer = ask("who is the CSTO's secretary general");
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('does not mention “secretary”');
    expect(answer.answer).toMatch(/On csto, it reports that .*csto/i);
  });

  test.each([
    'how many protesters were arrested?',
    'what is the population of almaty?',
    'how many tanks were deployed?',
    'what happened in Shymkent?',
    'why did NATO intervene?',
    "who is the CSTO's secretary general",
    'were journalists killed?',
    'did the army shoot protesters?',
    'were the rioters arrested?',
    'is the party banned?',
    'who is the mayor of almaty?',
    'when was the government dissolved?',
  ])('GIVEN the abstaining question "%s" THEN no word the article prints is said to be missing', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    const saidMissing = [...answer.answer.matchAll(/(?:does not mention|says nothing about) ((?:“[^”]+”(?:, )?)+)/g)].flatMap((match) =>
      [...(match[1] as string).matchAll(/“([^”]+)”/g)].map((quoted) => quoted[1] as string),
    );
    expect(saidMissing.filter((word) => articleWords.has(word))).toEqual([]);
    expect(answer.answer).not.toMatch(/says nothing about “/);
  });

  // BUG: the premise's past tense doubles no final consonant after two syllables (baseForms.ts pastTense): "patrol"
  // becomes "patroled", a misspelling in the bot's own answer.
  test('GIVEN "did the army patrol the streets?" THEN the premise is spelt "patrolled"', () => {
    expect(ask('did the army patrol the streets?').answer).toContain('does not say the army patrolled the streets');
  });
});

describe('what an answer leads with', () => {
  test.each(['who runs Kazakhstan', 'who runs kazakhstan?', 'whos the prez of kz?', 'who is the president of kazakhstan?'])(
    'GIVEN "%s" THEN the answer leads with the president\'s name',
    (question) => {
      expect(ask(question).answer.startsWith('President Kassym-Jomart Tokayev. ')).toBe(true);
    },
  );

  test.each([
    ['who did tokayev ask for help', 'csto.coalition-to-send-peacekeepers'],
    ['who said the internet came back', 'internet.restored-in-almaty'],
  ])('GIVEN "%s" THEN the fact that speaks of more of what was asked is cited: %s', (question, factId) => {
    expect(citedIds(question)).toContain(factId);
  });

  test('GIVEN who said the internet came back THEN the blackout, which speaks of no return, is not cited beside it', () => {
    expect(citedIds('who said the internet came back')).not.toContain('internet.blackout');
  });

  test.each([
    'why are people protesting?',
    'how many people were killed?',
    'how many police officers were killed?',
    'who runs kazakhstan?',
    'what happened at the airport?',
    'is the internet back?',
    'what did the government do?',
    'who is protesting in almaty?',
    'what did police use against protesters?',
    'did peacekeepers get sent to kazakhstan?',
  ])('GIVEN "%s" THEN the answer rests on two facts at most, and a dispute partner beside them', (question) => {
    const cited = ask(question).citations.map((citation) => engine().store.facts.find((fact) => fact.id === citation.factId));
    const partners = (index: number): boolean =>
      cited.slice(0, index).some((earlier) => earlier?.disputedBy.includes(cited[index]?.id ?? '') === true);
    const leading = cited.filter((_, index) => !partners(index));
    expect(cited.length).toBeGreaterThan(0);
    expect(leading.length).toBeLessThanOrEqual(2);
  });
});

describe('what the question places its answer against', () => {
  test.each([
    'How long after Tokayev’s appeal did the CSTO approve the deployment?',
    'how long after tokayev asked did the alliance approve the troops',
  ])('GIVEN "%s" THEN the event it counts from need not be repeated: "hours later" answers', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('hours later');
  });

  test.each(['what time of day was the curfew', 'what time of day was the curfew and where did movement get restricted'])(
    'GIVEN "%s" THEN a part of the day in the claim answers it: "overnight"',
    (question) => {
      const answer = ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('overnight curfew');
    },
  );

  test.each(['curfew hours?', 'what are the curfew hours in almaty'])('GIVEN "%s" THEN the hours are when: "overnight"', (question) => {
    expect(ask(question).answer).toContain('overnight curfew');
  });

  test('GIVEN "did they stay small or did they get worse" THEN "get worse" is the second alternative, answered by "escalated"', () => {
    const answer = ask('did the protests stay small or did they get worse?');
    expect(answer.answer).toContain('escalated');
    expect(answer.answer).not.toMatch(/^(?:Yes|No)\b/);
  });

  test.each([
    ['how come the internet was down', 'The article gives no reason for that.'],
    ['why did police use tear gas', 'The article gives no reason for that.'],
  ])('GIVEN "%s", whose reason the article does not give THEN it says so', (question, gap) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.answer.startsWith(gap)).toBe(true);
  });

  test.each([
    ['why did the government resign', 'in response to the unrest'],
    ['why did the protests start?', 'fuel'],
  ])('GIVEN "%s" THEN a fact that gives the reason answers it', (question, reason) => {
    expect(ask(question).answer).toContain(reason);
  });

  test('GIVEN "when does the curfew end" THEN "overnight" is no end and it still abstains', () => {
    expect(ask('when does the curfew end').answered).toBe(false);
  });

  test.each([
    'how quick did csto decide after tokayev asked',
    'how soon after the appeal did the csto approve troops',
    'how long did it take the coalition to agree to send troops after tokayev appealed',
  ])('GIVEN "%s" THEN a speed after an event asks how long after it: "hours later"', (question) => {
    expect(ask(question).answer).toContain('hours later');
  });

  test('GIVEN how fast the protests spread, after nothing THEN it is no length of time asked, and "rapid spread" answers', () => {
    expect(ask('how fast did the protests spread').answer).toContain('rapid spread');
  });

  test('GIVEN a day asked for against a later event THEN the day is given, not the later event', () => {
    const answer = ask('which day was the big unrest in the city before the overnight attacks');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Wednesday');
  });

  test.each([
    'Which six countries make up the CSTO?',
    'which countries sent troops to kazakhstan',
    'which CSTO countries are sending soldiers',
  ])('GIVEN "%s" THEN it abstains: the article names no list of countries, and "Russian-led" is one', (question) => {
    expect(ask(question).answered).toBe(false);
  });

  test('GIVEN "which countries border kazakhstan" THEN Russia and China, two named countries, answer it', () => {
    expect(ask('which countries border kazakhstan acc to the piece').answer).toMatch(/Russia.*China/);
  });

  test('GIVEN "who called them terrorist bands" THEN it asks who said so: Tokayev', () => {
    const answer = ask("Who called them 'terrorist bands'?");
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.source).toContain('Tokayev');
  });

  test('GIVEN its rank in the world by size THEN "the world’s ninth largest country" answers, "rank" being the answer’s kind', () => {
    expect(ask('how big is kazakhstan, like whats its rank in the world by size').answer).toContain('ninth largest');
  });

  test('GIVEN "what\'s the ruling party called" THEN it abstains: the article names no party', () => {
    const answer = ask("what's the ruling party called");
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('gives no name');
  });
});

describe('a word reads in the synonym groups of the word it inflects, not of every word sharing its stem', () => {
  test.each(['were any foreigners killed in the unrest', 'did any foreigners or tourists get hurt'])(
    'GIVEN "%s" THEN it abstains: foreigners are people, not the "foreign" countries that share their stem',
    (question) => {
      expect(ask(question).answered).toBe(false);
    },
  );

  test.each([
    ['how many aircraft did rioters grab', 'how many aircraft did rioters seize'],
    ['what did the council of the csto decide', 'what did the council of the csto approve'],
  ])('GIVEN "%s", a base form of a listed synonym THEN it answers as "%s"', (base, listed) => {
    expect(ask(base).answered).toBe(true);
    expect(ask(base).citations[0]).toEqual(ask(listed).citations[0]);
  });
});

describe('a question offering two alternatives', () => {
  test.each([
    ['the dead in almaty - were they protesters or attackers?', 'attackers'],
    ['when did they try to storm the buildings, day or night?', 'during the night'],
    ['did the protests stay small or did they escalate quickly', 'swiftly escalated'],
  ])('GIVEN "%s" THEN the alternative the article speaks of answers it, with no yes or no', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
    expect(answer.answer).not.toMatch(/^(?:Yes|No)\b/);
  });

  test('GIVEN two alternatives the article mentions neither of THEN it says so of both', () => {
    const answer = ask('was it in summer or winter');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article mentions neither “summer” nor “winter”\./);
  });
});

describe('everyday words for what the article says', () => {
  test.each([
    ['who announced that the csto signed off on sending peacekeepers?', 'approved sending'],
    ['by how much did the gas price jump?', 'doubling'],
    ['how many cops dead at minimum', 'at least eight'],
    ['how long is the state of emergency supposed to last', 'two-week'],
    ['why is kazakhstan considered strategically important?', 'oil reserves'],
    ['what kicked this whole thing off originally?', 'fuel prices'],
    ["where's the csto headquartered", 'Moscow-based'],
    ['where is csto headquarter', 'Moscow-based'],
    ['so what happened after the gas got pricier', 'doubling'],
    ['why peoples are angry in kazakhstan?', 'discontent'],
    ['what countries kazakhstan is next to', 'borders Russia'],
    ['what is meaning of CSTO', 'Collective Security Treaty Organization'],
    ['the csto is what?', 'Collective Security Treaty Organization'],
    ['were national guard troops among the dead?', 'National Guard were killed'],
    ['how many security guys were hurt', 'more than 300'],
    ['why did the protests get so big', 'discontent'],
    ['was the wider country under some kind of one-party rule since independence?', 'same party'],
    ['why would anyone care about kazakhstan geopolitically?', 'strategically'],
    ['what was the name of that armenian guy', 'Nikol Pashinyan'],
    ['who is the police lady they quote', 'Sultanat Azirbek'],
    ['which building did the mob take over', "mayor's building"],
    ['were guardsmen among the dead', 'National Guard were killed'],
    ['what went down in almaty during the night', 'storm buildings'],
    ['which armenian politician chairs the council', 'Nikol Pashinyan'],
    ['apart from the police, which force lost men', 'National Guard were killed'],
    ['were the local news sites up and running', 'news sites became inaccessible'],
  ])('GIVEN "%s" THEN it answers with "%s"', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
  });

  test('GIVEN "what did X cost" THEN it asks for a price, and "nearly doubling" is no price', () => {
    const answer = ask('what did liquefied gas cost in kazakhstan');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article gives no figure for that\. .*doubling/);
  });

  test('GIVEN exactly how many peacekeepers THEN "an unspecified number" is no figure: it says so, and what the article does say', () => {
    const answer = ask('Exactly how many peacekeepers is the CSTO sending?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article gives no figure for that\. .*unspecified number of peacekeepers/);
  });

  test('GIVEN how many peacekeepers, not asked exactly THEN "an unspecified number" answers', () => {
    expect(ask('how many peacekeepers is the CSTO sending?').answer).toContain('unspecified number');
  });

  test('GIVEN how many people turned out THEN a count of the dead, which counts no turnout, does not answer it', () => {
    const answer = ask('roughly how many people turned out at the biggest rally?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('“turned”');
  });

  test.each(['how many people died?', 'how many police officers were hurt?'])(
    'GIVEN "%s" THEN the verb counted is in the store and it answers',
    (question) => {
      expect(ask(question).answered).toBe(true);
    },
  );

  test('GIVEN four things asked and a fact that has all but the country THEN the country may not be the one left out', () => {
    const answer = ask("what's china's reaction to the csto sending troops?");
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('“China”');
  });

  test('GIVEN journalists killed or hurt THEN the dead and hurt the article reports, none of them journalists, do not answer', () => {
    expect(ask('were any journalists killed or hurt?').answered).toBe(false);
  });

  test('GIVEN an emergency for "a couple cities or nationwide" THEN the nationwide one answers', () => {
    expect(ask('is the emergency just for a couple cities or nationwide now?').answer).toContain('entire country');
  });

  test('GIVEN "is it not true that …" THEN what follows is asked, yes or no', () => {
    const answer = ask('is it not true that the government resigned?');
    expect(answer.answer).toMatch(/^Yes: /);
  });

  test('GIVEN where NetBlocks is based THEN the country its blackout was in does not answer it', () => {
    expect(ask('where is netblox based').answered).toBe(false);
  });

  test('GIVEN "when did the internet go down" THEN the time it came back does not answer it', () => {
    expect(ask('when exactly did the internet go down?').answered).toBe(false);
  });

  test('GIVEN "according to the interior ministry how many …" THEN the source ends where the question begins', () => {
    const answer = ask('according to the interior ministry how many security personnel got hurt?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.source).toContain('Interior Ministry');
    expect(answer.answer).toContain('more than 300');
  });
});

test('GIVEN where Kazakhstan ranks worldwide THEN "the world\'s ninth largest country" answers', () => {
  expect(ask('how big is kazakhstan, like where does it rank worldwide?').answer).toContain('ninth largest');
});

describe('a place asked for by its name', () => {
  test('GIVEN "what\'s kazakhstan capital called" THEN it leads with the capital\'s name', () => {
    expect(ask("what's kazakhstan capital called").answer.startsWith('Nur-Sultan, the capital. ')).toBe(true);
  });

  test("GIVEN the name of Almaty's mayor THEN Almaty, already named, is not the answer: it abstains", () => {
    const answer = ask("whats the name of almaty's mayor");
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('gives no name');
  });
});

describe('a count of the form asked for', () => {
  test('GIVEN a breakdown asked for ("police vs national guard") THEN one figure for both is not given as one', () => {
    const answer = ask('how many were police vs national guard among the dead');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article gives no figure for that\. On .*eight police officers and members of the National Guard/);
  });

  test('GIVEN "how much did LPG cost" THEN "the near doubling" is no price, and it says so', () => {
    const answer = ask('how much did LPG cost before and after the hike, in tenge');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('near doubling');
  });

  test('GIVEN "how many people" THEN a length of time ("three decades") does not count them', () => {
    expect(citedIds('how many people turned out at the biggest rally?')).not.toContain('background.worst-protests-since-independence');
  });
});

describe('the kind of answer a "which …" question names', () => {
  test('GIVEN "which alliance did the president turn to for help?" THEN a fact naming an alliance answers, not one on help alone', () => {
    const answer = ask('Which alliance did the president turn to for help?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('CSTO');
  });

  test('GIVEN "which group seized the planes" and no fact naming a group THEN the fact that says who did answers', () => {
    expect(ask('which group seized the planes').answer).toContain('rioters');
  });

  test.each(['which group seized the planes', 'who seized the planes?'])(
    'GIVEN "%s" THEN the answer does not lead with Tokayev, who only reported the seizure',
    (question) => {
      expect(ask(question).answer).not.toMatch(/^President Kassym-Jomart Tokayev\./);
    },
  );
});

describe('everyday words for what the article says', () => {
  test.each([
    ["who announced that the CSTO council ok'd sending peacekeepers?", 'csto.council-approved-peacekeepers'],
    ['which countries does kazakhstan share a border with?', 'background.geography'],
    ['did the president say the trouble makers got help from abroad?', 'claims.tokayev-terrorist-bands'],
    ['did the president widen the state of emergency?', 'emergency.nationwide-two-week'],
    ['What have cops and demonstrators been doing to each other over the last several days?', 'security-response.police-clashes'],
    ["Where does the country rank among the planet's biggest nations by area?", 'background.geography'],
    ['at what time of day they tried to break into the buildings?', 'violence.attempts-to-storm-buildings'],
    ['What got more expensive and sent people out onto the streets in the first place?', 'causes.lpg-price-doubling'],
    ['were protesters hit with tear gas', 'security-response.police-clashes'],
    ['what tear gas weapons did police fire', 'security-response.police-clashes'],
    ['what do u call the party that approved peacekeepers, like what body of csto', 'csto.council-approved-peacekeepers'],
  ])('GIVEN "%s" THEN it is answered by the fact that says it in the article\'s words', (question, factId) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.citations.map((citation) => citation.factId)).toContain(factId);
  });

  test('GIVEN "what weapons did the attackers have, guns?" THEN the police\'s weapons do not answer it', () => {
    expect(ask('what weapons did the attackers have, guns?').answered).toBe(false);
  });

  test('GIVEN "do tokayev and the deputy mayor agree on what happened at the airport?" THEN the accounts differ', () => {
    expect(ask('do tokayev and the deputy mayor agree on what happened at the airport?').answer).toMatch(/^The accounts differ\./);
  });

  test('GIVEN "tokayev and the deputy mayor said different things about the airport" THEN both accounts are given', () => {
    const answer = ask('tokayev and the deputy mayor said different things about the airport - what did each say?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('five planes were seized');
    expect(answer.answer).toContain('operating normally');
  });

  test.each(['how long have police been clashing with protesters', 'the clashes going on how long, just today?'])(
    'GIVEN "%s" THEN "in recent days" is how long, as far as the article says',
    (question) => {
      const answer = ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('in recent days');
    },
  );

  test('GIVEN "did the CSTO turn down Tokayev\'s request?" THEN a fact on the request, which says nothing of turning it down, is no yes', () => {
    const answer = ask("Did the CSTO turn down Tokayev's request?");
    expect(answer.answered).toBe(true);
    expect(answer.answer).not.toMatch(/^Yes|, yes\./);
  });

  test.each([
    ['Compare what Tokayev and the deputy mayor said about the airport.', ['five planes were seized', 'operating normally']],
    ['netblox vs tass: what did each one say about the internet?', ['internet blackout', 'internet service was restored']],
    [
      "hi there, my cousin lives in Almaty and i'm pretty worried about her. who was it that said dozens of attackers got killed overnight? thanks so much",
      ['Sultanat Azirbek'],
    ],
    ['how many planes tokayev say was seized', ['five planes']],
    ['state of emergency duration', ['two-week']],
  ])('GIVEN "%s" THEN it is answered, with %j', (question, expected) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    for (const phrase of expected) expect(answer.answer).toContain(phrase);
  });

  test('GIVEN "On which exact date did the protests begin?" THEN it says the article gives no date', () => {
    expect(ask('On which exact date did the protests begin?').answer).toMatch(/^The article gives no date or time for that\./);
  });

  test('GIVEN "When did the internet first go down" THEN the premise\'s verb is "went", not "firsted"', () => {
    expect(ask('When did the internet first go down, according to Tass?').answer).toContain('the Internet first went down');
  });
});
