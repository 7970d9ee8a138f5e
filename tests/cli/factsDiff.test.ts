import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StoreDiff } from '../../src/facts/diff/diffStores.js';
import type { Store } from '../../src/facts/schema.js';
import { utcDate } from '../../src/facts/utcDate.js';
import { copyDataDir, DATA_DIR, editJson } from '../support/dataDir.js';
import type { CliResult } from '../support/runCli.js';
import { runCli } from '../support/runCli.js';

const DIFF = 'src/cli/factsDiff.ts';
const CURATION = 'curation/kazakhstan-unrest.json';

let committed: Store['version'];
let edited: { dir: string; remove: () => Promise<void> };
/** facts:diff on the edited copy, run once for the tests that read its text. */
let editedDiff: Promise<CliResult>;

/** A copy of the data with a second article added and one fact of each kind of change curators make. */
beforeAll(async () => {
  committed = (JSON.parse(await readFile(path.join(DATA_DIR, 'store.json'), 'utf8')) as Store).version;
  edited = await copyDataDir({ withSecondArticle: true });
  await editJson(path.join(edited.dir, CURATION), (curation) => {
    const fact = (id: string) => curation.facts.find((candidate: { id: string }) => candidate.id === id);
    fact('government.resigned').claim = 'The article reports that the whole government resigned.';
    Object.assign(fact('casualties.injured-more-than-300'), {
      claim: 'The Kazakh Interior Ministry said more than 300 people were injured in the unrest.',
      corrected: { on: '2026-11-26', changed: 'claim: says people', reason: 'the claim dropped who was injured' },
    });
    fact('internet.news-sites-inaccessible').retracted = { on: '2026-11-26', reason: 'the sites were reachable abroad' };
    fact('emergency.nationwide-two-week').topics = ['emergency'];
    curation.facts = curation.facts.filter((candidate: { id: string }) => candidate.id !== 'background.oil-reserves');
  });
  editedDiff = runCli(DIFF, ['--data', edited.dir]);
});
afterAll(() => edited.remove());

describe('npm run facts:diff', () => {
  test('GIVEN an untouched copy of the data THEN it says nothing changes and names the version', async () => {
    const untouched = await copyDataDir();
    try {
      const { code, stdout } = await runCli(DIFF, ['--data', untouched.dir]);
      expect(code).toBe(0);
      expect(stdout.trim()).toBe(`No changes: the rebuild matches the committed store (version ${committed.number}, ${committed.date}).`);
    } finally {
      await untouched.remove();
    }
  });

  test('GIVEN added, changed, corrected, retracted and removed facts THEN each is listed with the next version', async () => {
    const { code, stdout } = await editedDiff;
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`Store version ${committed.number} (${committed.date}) → ${committed.number + 1} (${utcDate(new Date())})`);
    expect(stdout).toContain('Added (3):\n  + airport.reopened-to-flights: "The airport\'s operator said');
    expect(stdout).toContain(
      'Corrected (1):\n  ~ casualties.injured-more-than-300: claim, status; marked corrected on 2026-11-26: claim: says people (the claim dropped who was injured)\n' +
        '      claim: "The Kazakh Interior Ministry said more than 300 were injured in the unrest."\n' +
        '          → "The Kazakh Interior Ministry said more than 300 people were injured in the unrest."',
    );
    expect(stdout).toContain('Retracted (1):\n  - internet.news-sites-inaccessible: the sites were reachable abroad (on 2026-11-26)');
    expect(stdout).toContain('Removed (1):\n  - background.oil-reserves: "The article reports that Kazakhstan has extensive oil reserves');
    expect(stdout).toContain('warning: answers that cited a removed fact cannot be marked; keep it and add "retracted"');
  });

  test('GIVEN a claim changed without "corrected" THEN a warning suggests it; a topic change alone gets none', async () => {
    const { stdout } = await editedDiff;
    const changed = stdout.slice(stdout.indexOf('Changed ('), stdout.indexOf('Retracted ('));
    expect(changed).toBe(
      [
        'Changed (2):',
        '  ~ emergency.nationwide-two-week: topics',
        '  ~ government.resigned: claim',
        '      claim: "The article reports that the government resigned in response to the unrest."',
        '          → "The article reports that the whole government resigned."',
        '      warning: what it says changed but it is not marked corrected; add "corrected": { "on", "changed", "reason" } to its curation',
        '',
        '',
      ].join('\n'),
    );
  });

  test('GIVEN --json THEN the same diff is one JSON object', async () => {
    const { code, stdout } = await runCli(DIFF, ['--json', '--data', edited.dir]);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout) as StoreDiff;
    expect(diff.version).toMatchObject({ from: committed, to: { number: committed.number + 1, date: utcDate(new Date()) } });
    expect(diff.added.map((fact) => fact.id)).toEqual([
      'airport.reopened-to-flights',
      'arrests.more-than-4000-detained',
      'security-response.order-restored',
    ]);
    expect(diff.changed).toEqual([
      { id: 'emergency.nationwide-two-week', fields: ['topics'], unmarked: false },
      expect.objectContaining({ id: 'government.resigned', fields: ['claim'], unmarked: true }),
    ]);
    expect(diff.corrected).toEqual([
      expect.objectContaining({ id: 'casualties.injured-more-than-300', fields: ['claim', 'status'], on: '2026-11-26' }),
    ]);
    expect(diff.retracted).toEqual([
      { id: 'internet.news-sites-inaccessible', on: '2026-11-26', reason: 'the sites were reachable abroad' },
    ]);
    expect(diff.removed.map((fact) => fact.id)).toEqual(['background.oil-reserves']);
    expect(diff.otherChanges).toEqual(['articles']);
  });

  test('GIVEN data that does not build THEN it exits 1 and prints the problems like facts:build', async () => {
    const broken = await copyDataDir();
    try {
      await editJson(path.join(broken.dir, CURATION), (curation) => {
        curation.facts[0].quote = 'Hundreds have been killed.';
      });
      const { code, stdout, stderr } = await runCli(DIFF, ['--data', broken.dir]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(
        'curation/kazakhstan-unrest.json: casualties.dozens-killed-attacking-buildings: quote: not found verbatim in articles/kazakhstan-unrest.txt',
      );
    } finally {
      await broken.remove();
    }
  });

  test.each([[['--jsn']], [['--data']], [['extra']]])('GIVEN the arguments %j THEN it exits 2 with the usage', async (args) => {
    const { code, stderr } = await runCli(DIFF, args);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run facts:diff');
  });
});
