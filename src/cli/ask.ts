import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Answer } from '../answers/answer.js';
import type { Answerer } from '../answers/createAnswerer.js';
import { UserFacingError } from '../answers/errors.js';
import { loadAnswerer } from '../answers/loadAnswerer.js';
import { AnswerEnv, parseEnv } from '../config/env.js';
import { createLogger } from '../config/createLogger.js';
import { DEFAULT_DATA_DIR } from '../facts/dataFiles.js';
import { exitOnStartupError } from './exitOnStartupError.js';

const USAGE = `Usage:
  npm run ask -- "question"                 the answer for a person, with its sources
  npm run --silent ask -- --json "question" one JSON object
  npm run --silent ask -- --jsonl           one question per line on stdin, one JSON object per line`;

const contract = ({ question, answered, answer, citations, mode }: Answer) => ({ question, answered, answer, citations, mode });

function forPeople(answer: Answer): string {
  if (!answer.answered) return answer.answer;
  const sources = answer.citations.map(
    (citation, index) => `  [${index + 1}] ${citation.source} (${citation.factId})\n      "${citation.quote}"`,
  );
  return `${answer.answer}\n\nSources:\n${sources.join('\n')}`;
}

async function answerLines(answerer: Answerer): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    try {
      console.log(JSON.stringify(contract(await answerer.answer(line))));
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      console.log(JSON.stringify({ question: line, error: error.message }));
    }
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      data: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const env = parseEnv(AnswerEnv, process.env);
  const answerer = await loadAnswerer(env, createLogger(env.LOG_LEVEL), values.data ?? DEFAULT_DATA_DIR);
  if (values.jsonl) return answerLines(answerer);
  const question = positionals.join(' ');
  try {
    const answer = await answerer.answer(question);
    console.log(values.json ? JSON.stringify(contract(answer)) : forPeople(answer));
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    console.error(error.message);
    if (positionals.length === 0) console.error(USAGE);
    process.exitCode = 2;
  }
}

await main().catch(exitOnStartupError);
