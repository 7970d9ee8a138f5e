import { beforeAll, describe, expect, test } from 'vitest';
import { buildFactIndex } from '../../../src/answers/factIndex.js';
import { loadAnswerData } from '../../../src/answers/loadAnswerData.js';
import { createQuestionReader } from '../../../src/answers/question/createQuestionReader.js';
import type { QuestionReader } from '../../../src/answers/question/readQuestion.js';
import { buildThesaurus } from '../../../src/answers/synonyms.js';
import { loadStore } from '../../../src/facts/loadStore.js';

// The reader the engine builds over the real store: its words, the thesaurus, the question vocabulary and the dictionary.
let reader: QuestionReader;
beforeAll(async () => {
  const [store, answerData] = await Promise.all([loadStore(), loadAnswerData()]);
  reader = createQuestionReader(answerData, buildFactIndex(store, buildThesaurus(answerData.synonyms)));
});

const read = (question: string) => reader.read(question);

describe('chat spelling', () => {
  // The chat spellings were looked up in a plain object, so these words found Object.prototype's members and threw.
  test.each([
    ['constructor', 'constructor'],
    ['what is __proto__', 'what is proto'],
    ['constructor hasownproperty', 'constructor hasownproperty'],
  ])('GIVEN "%s" THEN it is read as "%s"', (typed, meant) => {
    expect(read(typed).text).toBe(meant);
  });

  test.each([
    ['why r ppl protesting', 'why are people protesting'],
    ['did the govt resign', 'did the government resign'],
    ['wat happened at the airport', 'what happened at the airport'],
    ['is the internet back rn', 'is the internet back right now'],
    ['whos the prez of kz', 'who is the president of kazakhstan'],
    ['hey bot wat did ppl do rn', 'what did people do right now'],
  ])('GIVEN "%s" THEN it is read as "%s"', (typed, meant) => {
    expect(read(typed).text).toBe(meant);
  });

  test.each([
    ['who is blamin the unrest on terrorists', 'who is blaming the unrest on terrorists'],
    ["protestin' in almaty?", 'protesting in almaty'],
  ])('GIVEN a dropped final g in "%s" THEN it is read as "%s"', (typed, meant) => {
    expect(read(typed).text).toBe(meant);
  });

  test.each([
    ['was the airprot attacked', 'was the airport attacked'],
    ['did the govenrment resign', 'did the government resign'],
    ['what did police use agianst protesters', 'what did police use against protesters'],
  ])('GIVEN the misspelling in "%s" THEN it is read as "%s"', (typed, meant) => {
    expect(read(typed).text).toBe(meant);
  });

  test.each([
    ['what about france', 'what about france'],
    ['did beijing help', 'did beijing help'],
  ])('GIVEN a real word the store lacks in "%s" THEN it is left as typed', (typed, meant) => {
    expect(read(typed).text).toBe(meant);
  });
});

describe('chatter', () => {
  test.each([
    'hey bot, why are people protesting? thanks!',
    'hi guys quick question: why are people protesting? ty',
    'hi! 👋 why are people protesting?? 🙏🇰🇿 thanks!!',
    'why are people protesting https://example.com/a?b=1 :)',
    'why are people protesting [3]',
    'why are people protesting (2)',
    '(1) why are people protesting',
    'um, why are people protesting? thx in advance',
    'yo factdesk why are people protesting?? lol',
  ])('GIVEN "%s" THEN only the question is left', (typed) => {
    expect(read(typed)).toEqual({ text: 'why are people protesting', context: '', yesNo: false });
  });

  // BUG: a sign-off that opens with an auxiliary ("have a nice day") or with "any" ("any help appreciated") is taken
  // for a second question: it joins the text, and "have" makes the question a yes/no one.
  test.each(['who runs kazakhstan? have a nice day', 'who runs kazakhstan? have a good one', 'who runs kazakhstan? any help appreciated'])(
    'GIVEN the sign-off in "%s" THEN only the question is left',
    (typed) => {
      expect(read(typed)).toMatchObject({ text: 'who runs kazakhstan', yesNo: false });
    },
  );
});

describe('the scene around a question', () => {
  test.each([
    ['my cousin lives in almaty, is the internet working again?', 'my cousin lives in almaty'],
    ['my cousin lives in almaty. is the internet working again?', 'my cousin lives in almaty'],
    ['we live in almaty, is the internet working again?', 'we live in almaty'],
  ])('GIVEN "%s" THEN the scene is kept as context apart from the question', (typed, scene) => {
    expect(read(typed)).toEqual({ text: 'is the internet working again', context: scene, yesNo: true });
  });
});

describe('what a question takes for granted', () => {
  test.each([
    ["since tokayev resigned, who's running the country now?", 'tokayev resigned'],
    ['now that the government resigned, who runs the country?', 'the government resigned'],
  ])('GIVEN "%s" THEN it presumes "%s"', (question, presumed) => {
    expect(reader.read(question).presumed).toBe(presumed);
  });

  test('GIVEN a scene that presumes nothing THEN there is no presumption', () => {
    expect(reader.read('my cousin lives in almaty, is the internet back?').presumed).toBeUndefined();
  });
});

describe('what someone else said', () => {
  test.each([
    ['my friend says the airport was attacked, is that true?', 'the airport was attacked'],
    ['my mum told me the government resigned, is that right?', 'the government resigned'],
    ['someone said the airport was attacked. true?', 'the airport was attacked'],
    ['saw on twitter that the government resigned, true?', 'the government resigned'],
    ['i heard on the news the airport was attacked. is that right?', 'the airport was attacked'],
  ])('GIVEN "%s" THEN what the messenger said is the question, asked as a yes or no', (typed, claim) => {
    expect(read(typed)).toEqual({ text: claim, context: '', yesNo: true });
  });

  test.each([
    ['is it true that the government resigned?', 'the government resigned'],
    ['is that true that the government resigned', 'the government resigned'],
  ])('GIVEN "%s" THEN the claim is the question, asked as a yes or no', (typed, claim) => {
    expect(read(typed)).toEqual({ text: claim, context: '', yesNo: true });
  });
});

test('GIVEN where the asker saw it, then a question THEN the place they saw it is no part of the question', () => {
  expect(read('saw on reddit rioters took planes at the airport, how many?').text).toBe('rioters took planes at the airport, how many');
});

describe('a question that points back', () => {
  test.each([
    ['Tokayev, who is he?', 'tokayev'],
    ['the CSTO, what is it?', 'csto'],
  ])('GIVEN "%s" THEN the question takes in what it points back to', (typed, named) => {
    const { text, context, yesNo } = read(typed);
    expect(text.split(/[ ,]+/)).toContain(named);
    expect(context).toBe('');
    expect(yesNo).toBe(false);
  });

  test('GIVEN a question that stands alone THEN it is not a yes or no question', () => {
    expect(read('who is tokayev')).toEqual({ text: 'who is tokayev', context: '', yesNo: false });
  });
});
