import { describe, expect, test } from 'vitest';
import { runCli } from '../support/runCli.js';

const ASK = 'src/cli/ask.ts';
const NO_MODEL = { OPENAI_API_KEY: '' };

describe('npm run ask', () => {
  test('GIVEN --json and a question THEN one object in the exact contract shape', async () => {
    const { code, stdout } = await runCli(ASK, ['--json', 'How many police officers were killed?'], { env: NO_MODEL });
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'answer', 'citations', 'mode']);
    expect(answer).toMatchObject({ question: 'How many police officers were killed?', answered: true, mode: 'extractive' });
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.length).toBeLessThanOrEqual(4);
    expect(Object.keys(answer.citations[0])).toEqual(['factId', 'source', 'quote']);
    expect(answer.citations.map((citation: { source: string }) => citation.source)).toContain('Kazakh Interior Ministry');
  });

  test('GIVEN --jsonl THEN one object per line, in order, with errors in place', async () => {
    const stdin = ['Why did the protests begin?', '', 'Who won the Champions League?', 'x'.repeat(501)].join('\n');
    const { code, stdout } = await runCli(ASK, ['--jsonl'], { stdin, env: NO_MODEL });
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ question: 'Why did the protests begin?', answered: true });
    expect(lines[1]).toEqual({ question: '', error: 'The question is empty: ask something about the unrest in Kazakhstan.' });
    expect(lines[2]).toMatchObject({ answered: false, citations: [] });
    expect(lines[3].error).toContain('the limit is 500');
  });

  test('GIVEN a question without --json THEN the answer for a person, with its sources', async () => {
    const { code, stdout } = await runCli(ASK, ['What did Tokayev say about the airport?'], { env: NO_MODEL });
    expect(code).toBe(0);
    expect(stdout).toContain('five planes were seized');
    expect(stdout).toContain('Sources:');
    expect(stdout).toContain('Unnamed deputy mayor (airport.operating-normally)');
  });

  test.each([
    ['an empty question', [''], 'The question is empty'],
    ['no question at all', [], 'The question is empty'],
    ['a question over 500 characters', ['y'.repeat(501)], 'the limit is 500'],
  ])('GIVEN %s THEN a clear message and exit code 2', async (_, args, message) => {
    const { code, stderr, stdout } = await runCli(ASK, ['--json', ...args], { env: NO_MODEL });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  test('GIVEN an invalid OpenAI setting THEN one clear message naming it', async () => {
    const { code, stderr } = await runCli(ASK, ['--json', 'hi'], { env: { OPENAI_BASE_URL: 'not a url' } });
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toContain('OPENAI_BASE_URL');
    expect(stderr).not.toContain('    at ');
  });
});
