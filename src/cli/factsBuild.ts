import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeStore } from '../facts/build/buildStore.js';
import { rebuildFromData } from '../facts/build/rebuildFromData.js';
import { DEFAULT_DATA_DIR, STORE_FILE } from '../facts/dataFiles.js';
import { formatProblem } from '../facts/problem.js';
import { utcDate } from '../facts/utcDate.js';
import { dataDirArgument } from './dataDirArgument.js';

const dataDir = dataDirArgument(process.argv.slice(2)) ?? DEFAULT_DATA_DIR;
const { rebuilt, problems } = await rebuildFromData(dataDir, utcDate(new Date()));
if (problems.length > 0) {
  console.error(`facts:build stopped; the store was not written:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
  process.exit(1);
}
await writeFile(path.join(dataDir, STORE_FILE), serializeStore(rebuilt));
const { number, date } = rebuilt.version;
console.log(
  `Wrote ${path.join(dataDir, STORE_FILE)}: ${rebuilt.facts.length} facts from ${rebuilt.articles.length} article(s), store version ${number} (${date}).`,
);
