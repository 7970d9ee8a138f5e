import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import type { AnswerEngine } from '../../src/answers/answerEngine.js';
import { createAnswerEngine } from '../../src/answers/answerEngine.js';
import { checkEntities } from '../../src/answers/entities.js';
import { LEXICON_FILE } from '../../src/answers/lexicon.js';
import type { AnswerData } from '../../src/answers/loadAnswerData.js';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { checkData } from '../../src/facts/check/checkData.js';
import { loadStore } from '../../src/facts/loadStore.js';
import type { Store } from '../../src/facts/schema.js';
import { buildLexiconFile } from '../../src/lexicon/buildLexiconFile.js';
import { openWordNet } from '../../src/lexicon/openWordNet.js';
import { serializeLexicon } from '../../src/lexicon/serializeLexicon.js';
import { PROJECT_DIR } from '../support/dataDir.js';

/**
 * A flood in an invented river town, in a data folder of its own: if the engine answers it well with no code change,
 * the subject really does live in data/. Rebuilt with `npm run facts:build -- --data <dir>` and
 * `npm run lexicon:build -- --data <dir>`.
 */
const OTHER_SUBJECT_DIR = path.join(PROJECT_DIR, 'tests/fixtures/other-subject/data');

let store: Store;
let data: AnswerData;
let engine: AnswerEngine;
beforeAll(async () => {
  store = await loadStore(OTHER_SUBJECT_DIR);
  data = await loadAnswerData(OTHER_SUBJECT_DIR);
  engine = createAnswerEngine(store, data);
});

const ask = (question: string) => engine.answerExtractive(question).answer;

describe('the other subject’s data folder', () => {
  test('GIVEN the flood report and its curation THEN facts:check’s validation finds no problem', async () => {
    expect(await checkData(OTHER_SUBJECT_DIR)).toEqual([]);
  });

  test('GIVEN its entities THEN every printed name is in the article and every alias is written as a question would be', async () => {
    const texts = await Promise.all(store.articles.map((article) => readFile(path.join(OTHER_SUBJECT_DIR, article.file), 'utf8')));
    expect(checkEntities(data.entities, texts)).toEqual([]);
  });

  test('GIVEN its store THEN its lexicon.json is what `npm run lexicon:build` writes from it', async () => {
    const fresh = serializeLexicon(buildLexiconFile(store, await openWordNet()));
    const committed = await readFile(path.join(OTHER_SUBJECT_DIR, LEXICON_FILE), 'utf8');
    expect(committed === fresh, 'lexicon.json is stale: run `npm run lexicon:build -- --data tests/fixtures/other-subject/data`').toBe(
      true,
    );
  });
});

describe('answers about another subject, from data alone', () => {
  test.each(['How much rain fell?', 'How many millimetres of rain fell on Tuesday?'])(
    'GIVEN the count question "%s" THEN the answer cites the weather service’s figure with its qualifier',
    (question) => {
      const answer = ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('at least 120 millimetres');
      expect(answer.citations[0]).toMatchObject({ factId: 'rainfall.at-least-120-millimetres', source: 'National weather service' });
    },
  );

  test('GIVEN "who said" the water rose faster than expected THEN the answer names the mayor', () => {
    const answer = ask('Who said the water had risen faster than anyone expected?');
    expect(answer.answer).toMatch(/^Mayor Teodor Marsk said/);
    expect(answer.citations[0]?.source).toBe('Teodor Marsk, Mayor of Valderra');
  });

  test('GIVEN "who is the mayor?" THEN the answer leads with the mayor’s name', () => {
    expect(ask('Who is the mayor?').answer).toMatch(/^Mayor Teodor Marsk\. /);
  });

  test('GIVEN the disputed evacuation count THEN the answer gives the council’s 2,000 and the residents’ 5,000 side by side', () => {
    const answer = ask('How many people were evacuated?');
    expect(answer.answer).toContain('The town council said 2,000 people had been evacuated');
    expect(answer.answer).toContain('The Valderra Residents Association said the true number of people evacuated was about 5,000');
    expect(answer.answer).toContain('These accounts conflict, and the article reports both.');
    expect(answer.citations.map((citation) => citation.factId).sort()).toEqual([
      'evacuation.council-2000-evacuated',
      'evacuation.residents-about-5000',
    ]);
  });

  test('GIVEN a question about the cause THEN the answer is the storm the weather service names', () => {
    const answer = ask('What caused the flooding?');
    expect(answer.citations[0]?.factId).toBe('cause.slow-moving-storm');
    expect(answer.answer).toContain('slow-moving storm');
  });

  test('GIVEN a question with nothing in it THEN the bot abstains and names the subject from subject.json', () => {
    const answer = ask('hello?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(new RegExp(`^Ask me something about ${data.subject.name}\\. I can answer questions about `));
    expect(answer.answer).toContain('Evacuations');
    // subject.json leaves the photo caption's topic out of what the bot says it covers.
    expect(answer.answer).not.toContain('Photos');
  });

  test('GIVEN a question about something the article does not cover THEN the bot abstains and names the missing word', () => {
    const answer = ask('How many people were arrested?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The article does not mention “arrested”\./);
  });

  test.each([
    ['how mcuh rain fell?', 'how much rain fell?'],
    ['how many peple were evacuted?', 'how many people were evacuated?'],
    ['who is the mayr?', 'who is the mayor?'],
    ['what did the coucnil say about the drainage?', 'what did the council say about the drainage?'],
  ])('GIVEN the misspelt "%s" THEN it is answered as "%s"', (misspelt, clean) => {
    const [answer, expected] = [ask(misspelt), ask(clean)];
    expect(answer.answered).toBe(true);
    expect({ answer: answer.answer, citations: answer.citations }).toEqual({ answer: expected.answer, citations: expected.citations });
  });

  test('GIVEN any question about the flood THEN no answer or citation mentions the original subject', () => {
    const questions = [
      'hello?',
      'valderra?',
      'where is valderra?',
      'How much rain fell?',
      'Who is the mayor?',
      'How many people were evacuated?',
      'What caused the flooding?',
      'Were the drains neglected?',
      'how many bridges were closed?',
      'How many people were arrested?',
      'what did the president say?',
      'which countries sent help?',
    ];
    const said = questions.map((question) => JSON.stringify(ask(question)));
    expect(said.filter((text) => /kazakh|almaty|tokayev/i.test(text))).toEqual([]);
  });

  // A fact that denies what was asked ("No deaths have been reported") answers a yes/no question with no; the Kazakh
  // article states no such negative, so only this store shows it.
  test('GIVEN "was anyone killed?" and a fact that no deaths were reported THEN the answer does not open with yes', () => {
    expect(ask('Was anyone killed?').answer).not.toMatch(/^Yes\b/);
  });
});

/** Every string, template, identifier and regular expression in the TypeScript files under a folder, with its line; comments are no nodes. */
async function codeTexts(dir: string): Promise<{ where: string; text: string; literal: boolean }[]> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.ts')).sort();
  const found: { where: string; text: string; literal: boolean }[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, await readFile(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isIdentifier(node) || ts.isRegularExpressionLiteral(node)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({
          where: `${path.relative(PROJECT_DIR, path.join(dir, file))}:${line}`,
          text: node.text,
          literal: !ts.isIdentifier(node),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('the answer engine’s code', () => {
  const answersDir = path.join(PROJECT_DIR, 'src/answers');

  // With a model configured, its instructions must speak of whatever subject.json names, not of the first article's.
  test('GIVEN every file under src/answers THEN no code names the original subject (comments aside)', async () => {
    const named = (await codeTexts(answersDir)).filter(({ text }) => /kazakh|almaty|tokayev|csto|nur-sultan/i.test(text));
    expect(named.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  test('GIVEN every file under src/answers THEN no string names one of the original topic ids', async () => {
    const topicIds = new Set(['causes', 'background', 'photos']);
    const named = (await codeTexts(answersDir)).filter(({ text, literal }) => literal && topicIds.has(text));
    expect(named.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });
});
