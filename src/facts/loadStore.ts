import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkStore } from './check/checkStore.js';
import { DEFAULT_DATA_DIR, STORE_FILE, sha256 } from './dataFiles.js';
import type { Problem } from './problem.js';
import { StoreInvalidError, zodProblems } from './problem.js';
import type { Store as StoreType } from './schema.js';
import { Store } from './schema.js';

/** Reads the built store and the article texts it quotes, and refuses it when any check fails. */
export async function loadStore(dataDir: string = DEFAULT_DATA_DIR): Promise<StoreType> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(dataDir, STORE_FILE), 'utf8'));
  } catch (error) {
    const message = error instanceof SyntaxError ? `not valid JSON: ${error.message}` : 'cannot be read: run `npm run facts:build`';
    throw new StoreInvalidError([{ file: STORE_FILE, message }]);
  }
  const parsed = Store.safeParse(raw);
  if (!parsed.success) throw new StoreInvalidError(zodProblems(STORE_FILE, parsed.error.issues));
  const store = parsed.data;
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  for (const article of store.articles) {
    try {
      const text = await readFile(path.join(dataDir, article.file), 'utf8');
      if (sha256(text) !== article.sha256)
        problems.push({ file: article.file, message: 'changed since the store was built: run `npm run facts:build`' });
      texts.set(article.id, text);
    } catch {
      problems.push({ file: article.file, message: 'cannot be read' });
    }
  }
  problems.push(...checkStore(store, texts, STORE_FILE));
  if (problems.length > 0) throw new StoreInvalidError(problems);
  return store;
}
