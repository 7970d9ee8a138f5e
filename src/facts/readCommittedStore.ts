import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { STORE_FILE } from './dataFiles.js';
import { Store } from './schema.js';

/**
 * The committed store as a build's starting point, unchecked: a rebuild counts its version on from it and `facts:diff`
 * compares against it. Undefined when there is none or it does not parse; the checks that refuse a bad store are
 * `loadStore`'s and `facts:check`'s.
 */
export async function readCommittedStore(dataDir: string): Promise<Store | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(dataDir, STORE_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = Store.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
