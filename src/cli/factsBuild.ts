import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildStore, serializeStore } from '../facts/build/buildStore.js';
import { DEFAULT_DATA_DIR, readDataSources, STORE_FILE } from '../facts/dataFiles.js';
import { formatProblem } from '../facts/problem.js';
import { dataDirArgument } from './dataDirArgument.js';

const dataDir = dataDirArgument(process.argv.slice(2)) ?? DEFAULT_DATA_DIR;
const { sources, problems } = await readDataSources(dataDir);
const built = buildStore(sources);
problems.push(...built.problems);
if (problems.length > 0) {
  console.error(`facts:build stopped; the store was not written:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
  process.exit(1);
}
await writeFile(path.join(dataDir, STORE_FILE), serializeStore(built.store));
console.log(`Wrote ${path.join(dataDir, STORE_FILE)}: ${built.store.facts.length} facts from ${built.store.articles.length} article(s).`);
