import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { AnswerEngine } from '../../src/answers/answerEngine.js';
import { createAnswerEngine } from '../../src/answers/answerEngine.js';
import { loadAnswerData } from '../../src/answers/loadAnswerData.js';
import { isStopword, words } from '../../src/answers/vocabulary.js';
import { DEFAULT_DATA_DIR } from '../../src/facts/dataFiles.js';
import { loadStore } from '../../src/facts/loadStore.js';

const articleDir = path.join(DEFAULT_DATA_DIR, 'articles');
/** Every word an article prints that carries content: not a function word, not a bare number. */
const contentWords = [
  ...new Set(
    readdirSync(articleDir)
      .filter((file) => file.endsWith('.txt'))
      .flatMap((file) => words(readFileSync(path.join(articleDir, file), 'utf8')))
      .filter((word) => !isStopword(word) && !/^\d+$/.test(word)),
  ),
].sort();

let engine: AnswerEngine;
beforeAll(async () => {
  const [store, answerData] = await Promise.all([loadStore(), loadAnswerData()]);
  engine = createAnswerEngine(store, answerData);
});

test(`GIVEN each of the ${contentWords.length} content words the articles print THEN asking about it never says the article does not mention it`, () => {
  expect(contentWords.length).toBeGreaterThan(100);
  const deniedWords = contentWords.filter((word) =>
    engine.answerExtractive(`what does the article say about ${word}?`).answer.answer.includes(`does not mention “${word}”`),
  );
  expect(deniedWords).toEqual([]);
});
