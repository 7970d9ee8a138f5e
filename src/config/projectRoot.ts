import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, found from this file upward, so data/, var/ and .env resolve the same whether the
 * bot runs from its TypeScript sources or from the compiled files in dist/.
 */
function findProjectRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('factdesk: package.json not found above the running code');
    folder = parent;
  }
  return folder;
}

export const PROJECT_ROOT = findProjectRoot();

export const fromProjectRoot = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
