import type { DataSources } from '../dataFiles.js';
import { readDataSources } from '../dataFiles.js';
import type { Problem } from '../problem.js';
import { readCommittedStore } from '../readCommittedStore.js';
import type { Store } from '../schema.js';
import { buildStore } from './buildStore.js';

export interface Rebuild {
  sources: DataSources;
  /** The store as committed in the data folder, when it parses. */
  committed: Store | undefined;
  rebuilt: Store;
  /** Problems reading the sources and building from them; the rebuilt store is not to be written when there are any. */
  problems: Problem[];
}

/** What `facts:build`, `facts:check` and `facts:diff` start from: the store rebuilt from the data folder, versioned on from the committed one. */
export async function rebuildFromData(dataDir: string, today: string): Promise<Rebuild> {
  const { sources, problems } = await readDataSources(dataDir);
  const committed = await readCommittedStore(dataDir);
  const built = buildStore(sources, { previous: committed, today });
  return { sources, committed, rebuilt: built.store, problems: [...problems, ...built.problems] };
}
