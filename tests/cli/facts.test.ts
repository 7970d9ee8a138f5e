import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FactView } from '../../src/facts/factView.js';
import { copyDataDir, editJson } from '../support/dataDir.js';
import { runCli } from '../support/runCli.js';

type FactJson = Pick<FactView, 'id' | 'topics' | 'claim' | 'quote' | 'source' | 'start' | 'end'>;

describe('npm run facts', () => {
  test('GIVEN --json THEN it prints every fact with id, topics, claim, quote, source and span', async () => {
    const { code, stdout } = await runCli('src/cli/facts.ts', ['--json']);
    expect(code).toBe(0);
    const facts = JSON.parse(stdout) as FactJson[];
    expect(facts.length).toBeGreaterThan(30);
    for (const fact of facts) {
      expect(Object.keys(fact)).toEqual(expect.arrayContaining(['id', 'topics', 'claim', 'quote', 'source', 'start', 'end']));
    }
    expect(facts.map((fact) => fact.source)).toContain('Sultanat Azirbek, police spokeswoman');
  });

  test("GIVEN a topic alias THEN only that topic's facts are printed", async () => {
    const { code, stdout } = await runCli('src/cli/facts.ts', ['--json', 'death', 'toll']);
    expect(code).toBe(0);
    const facts = JSON.parse(stdout) as FactJson[];
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((fact) => fact.topics.includes('casualties'))).toBe(true);
  });

  test('GIVEN no --json THEN it prints readable text with sources and quotes', async () => {
    const { code, stdout } = await runCli('src/cli/facts.ts', ['internet']);
    expect(code).toBe(0);
    expect(stdout).toContain('Source: NetBlocks, internet watchdog');
    expect(stdout).toContain('Quote: "Russian news agency Tass reported');
  });

  test('GIVEN an unknown topic THEN it exits 2 and lists the topics', async () => {
    const { code, stderr } = await runCli('src/cli/facts.ts', ['--json', 'weather']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown topic "weather"');
    expect(stderr).toContain('casualties');
  });
});

describe('npm run facts:check and facts:build', () => {
  let scratch: { dir: string; remove: () => Promise<void> };
  beforeAll(async () => {
    scratch = await copyDataDir({ withSecondArticle: true });
  });
  afterAll(() => scratch.remove());

  test('GIVEN a new article not yet built THEN the check fails; after facts:build it passes', async () => {
    const before = await runCli('src/cli/factsCheck.ts', ['--data', scratch.dir]);
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('store.json');
    const build = await runCli('src/cli/factsBuild.ts', ['--data', scratch.dir]);
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('from 2 article(s)');
    const after = await runCli('src/cli/factsCheck.ts', ['--data', scratch.dir]);
    expect(after.code).toBe(0);
    const listed = await runCli('src/cli/facts.ts', ['--json', '--data', scratch.dir, 'airport']);
    expect((JSON.parse(listed.stdout) as FactJson[]).map((fact) => fact.id)).toContain('airport.reopened-to-flights');
  });

  test('GIVEN a store with a moved quote THEN the check and the facts CLI both refuse it with the same message', async () => {
    const broken = await copyDataDir();
    try {
      await editJson(path.join(broken.dir, 'store.json'), (store) => {
        store.facts[0].span.start += 3;
      });
      const check = await runCli('src/cli/factsCheck.ts', ['--data', broken.dir]);
      const facts = await runCli('src/cli/facts.ts', ['--data', broken.dir]);
      expect(check.code).toBe(1);
      expect(facts.code).toBe(1);
      const expected = "store.json: casualties.dozens-killed-attacking-buildings: quote: is not the article's text at 44-153";
      expect(check.stderr).toContain(expected);
      expect(facts.stderr).toContain(expected);
    } finally {
      await broken.remove();
    }
  });
});
