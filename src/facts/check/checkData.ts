import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeStore } from '../build/buildStore.js';
import { rebuildFromData } from '../build/rebuildFromData.js';
import { STORE_FILE } from '../dataFiles.js';
import { splitSentences } from '../extract/splitSentences.js';
import { loadStore } from '../loadStore.js';
import type { Problem } from '../problem.js';
import { StoreInvalidError } from '../problem.js';
import type { Store } from '../schema.js';
import { utcDate } from '../utcDate.js';
import { checkCoverage } from './checkCoverage.js';
import { checkStore } from './checkStore.js';

function firstDifference(committed: Store, rebuilt: Store): Problem {
  const committedById = new Map(committed.facts.map((fact) => [fact.id, fact]));
  for (const fact of rebuilt.facts) {
    const old = committedById.get(fact.id);
    if (old === undefined) return { file: STORE_FILE, factId: fact.id, message: 'a rebuild adds this fact: run `npm run facts:build`' };
    const field = (Object.keys(fact) as (keyof typeof fact)[]).find((key) => JSON.stringify(fact[key]) !== JSON.stringify(old[key]));
    if (field !== undefined)
      return { file: STORE_FILE, factId: fact.id, field, message: 'differs from a rebuild: run `npm run facts:build`' };
  }
  const removed = committed.facts.find((fact) => !rebuilt.facts.some((other) => other.id === fact.id));
  if (removed !== undefined)
    return { file: STORE_FILE, factId: removed.id, message: 'a rebuild removes this fact: run `npm run facts:build`' };
  return { file: STORE_FILE, message: 'differs from a rebuild (order, version, articles or topics): run `npm run facts:build`' };
}

/**
 * Everything `npm run facts:check` verifies: the sources, the build, coverage, and that the committed store is the rebuild.
 * The rebuild is versioned on from the committed store, so an unchanged store keeps its version and still matches.
 */
export async function checkData(dataDir: string, today: string = utcDate(new Date())): Promise<Problem[]> {
  const { sources, committed, rebuilt, problems } = await rebuildFromData(dataDir, today);
  const texts = new Map(sources.articles.map((article) => [article.meta.id, article.text]));
  problems.push(...checkStore(rebuilt, texts, 'store (rebuilt)'));
  for (const article of sources.articles) problems.push(...checkCoverage(article, splitSentences(article.text), rebuilt.facts));
  if (problems.length > 0) return problems;
  const refused = await loadStore(dataDir).then(
    () => [],
    (error: unknown) => {
      if (error instanceof StoreInvalidError) return error.problems;
      throw error;
    },
  );
  const committedText = await readFile(path.join(dataDir, STORE_FILE), 'utf8').catch(() => undefined);
  if (committedText === serializeStore(rebuilt)) return refused;
  // A store edited by hand is refused for its symptom (a quote off its span, a stale hash); the first difference from
  // the rebuild names the field that was edited.
  return committed === undefined ? refused : [...refused, firstDifference(committed, rebuilt)];
}
