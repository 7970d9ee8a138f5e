import { parseArgs } from 'node:util';
import { rebuildFromData } from '../facts/build/rebuildFromData.js';
import { DEFAULT_DATA_DIR } from '../facts/dataFiles.js';
import { diffStores } from '../facts/diff/diffStores.js';
import { formatStoreDiff } from '../facts/diff/formatStoreDiff.js';
import { formatProblem } from '../facts/problem.js';
import { utcDate } from '../facts/utcDate.js';
import { dataDirArgument } from './dataDirArgument.js';

const USAGE = 'Usage: npm run facts:diff -- [--json] [--data DIR]\nShows what `npm run facts:build` would change in the committed store.';

const args = process.argv.slice(2);
let json: boolean;
try {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, data: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  json = values.json;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

const { committed, rebuilt, problems } = await rebuildFromData(dataDirArgument(args) ?? DEFAULT_DATA_DIR, utcDate(new Date()));
if (problems.length > 0) {
  console.error(`facts:diff stopped; the data does not build:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
  process.exit(1);
}
const diff = diffStores(committed, rebuilt);
console.log(json ? JSON.stringify(diff, null, 2) : formatStoreDiff(diff));
