import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildStore, serializeStore } from '../build/buildStore.js';
import { readDataSources, STORE_FILE } from '../dataFiles.js';
import { splitSentences } from '../extract/splitSentences.js';
import { loadStore } from '../loadStore.js';
import type { Problem } from '../problem.js';
import { StoreInvalidError } from '../problem.js';
import type { Store } from '../schema.js';
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
  return { file: STORE_FILE, message: 'differs from a rebuild (order, articles or topics): run `npm run facts:build`' };
}

/** Everything `npm run facts:check` verifies: the sources, the build, coverage, and that the committed store is the rebuild. */
export async function checkData(dataDir: string): Promise<Problem[]> {
  const { sources, problems } = await readDataSources(dataDir);
  const { store: rebuilt, problems: buildProblems } = buildStore(sources);
  problems.push(...buildProblems);
  const texts = new Map(sources.articles.map((article) => [article.meta.id, article.text]));
  problems.push(...checkStore(rebuilt, texts, 'store (rebuilt)'));
  for (const article of sources.articles) problems.push(...checkCoverage(article, splitSentences(article.text), rebuilt.facts));
  if (problems.length > 0) return problems;
  let committed: Store;
  try {
    committed = await loadStore(dataDir);
  } catch (error) {
    if (error instanceof StoreInvalidError) return error.problems;
    throw error;
  }
  const committedText = await readFile(path.join(dataDir, STORE_FILE), 'utf8');
  return committedText === serializeStore(rebuilt) ? [] : [firstDifference(committed, rebuilt)];
}
