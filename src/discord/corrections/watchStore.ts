import { watch } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { STORE_FILE } from '../../facts/dataFiles.js';

/** An editor or `facts:build` writes the file in more than one step; one reload follows the last of them. */
const SETTLE_MS = 300;

/**
 * For curators working locally (FACTS_WATCH=true): calls `reload` once the store file has changed and settled. The
 * folder is watched rather than the file, because a rebuild may replace the file instead of writing into it.
 */
export function watchStore(dataDir: string, logger: Logger, reload: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dataDir, (_event, file) => {
    if (file !== STORE_FILE) return;
    clearTimeout(timer);
    timer = setTimeout(reload, SETTLE_MS);
  });
  watcher.on('error', (error) => logger.warn({ err: error }, 'watching the fact store stopped'));
  logger.info({ file: path.join(dataDir, STORE_FILE) }, 'watching the fact store; a change reloads the facts');
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
