import path from 'node:path';
import { loadStore } from '../facts/loadStore.js';
import { StoreInvalidError } from '../facts/problem.js';
import type { Store } from '../facts/schema.js';

/** CLIs refuse to run on an invalid store, with the same message `npm run facts:check` prints. */
export async function loadStoreOrExit(dataDir: string): Promise<Store> {
  try {
    return await loadStore(path.resolve(dataDir));
  } catch (error) {
    if (!(error instanceof StoreInvalidError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
