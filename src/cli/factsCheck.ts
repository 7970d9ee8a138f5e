import { checkData } from '../facts/check/checkData.js';
import { DEFAULT_DATA_DIR } from '../facts/dataFiles.js';
import { StoreInvalidError } from '../facts/problem.js';
import { utcDate } from '../facts/utcDate.js';
import { dataDirArgument } from './dataDirArgument.js';

const problems = await checkData(dataDirArgument(process.argv.slice(2)) ?? DEFAULT_DATA_DIR, utcDate(new Date()));
if (problems.length > 0) {
  console.error(new StoreInvalidError(problems).message);
  process.exit(1);
}
console.log('The fact store is valid: every quote is at its span, every sentence is covered or excluded, and a rebuild matches.');
