import { checkEntities, EntitiesFile } from '../answers/entities.js';
import { ENTITIES_FILE } from '../answers/loadAnswerData.js';
import { checkData } from '../facts/check/checkData.js';
import { DEFAULT_DATA_DIR, readDataSources, readJson } from '../facts/dataFiles.js';
import type { Problem } from '../facts/problem.js';
import { StoreInvalidError } from '../facts/problem.js';
import { utcDate } from '../facts/utcDate.js';
import { dataDirArgument } from './dataDirArgument.js';

/** The curated entities against the article texts: every printed name must be printed in one of them. */
async function entityProblems(dataDir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const entities = await readJson(dataDir, ENTITIES_FILE, EntitiesFile, problems);
  if (entities === undefined) return problems;
  const { sources } = await readDataSources(dataDir);
  const texts = sources.articles.map((article) => article.text);
  return checkEntities(entities, texts).map((message) => ({ file: ENTITIES_FILE, message }));
}

const dataDir = dataDirArgument(process.argv.slice(2)) ?? DEFAULT_DATA_DIR;
const problems = [...(await checkData(dataDir, utcDate(new Date()))), ...(await entityProblems(dataDir))];
if (problems.length > 0) {
  console.error(new StoreInvalidError(problems).message);
  process.exit(1);
}
console.log(
  'The fact store is valid: every quote is at its span, every sentence is covered or excluded, a rebuild matches, and every entity is printed as curated.',
);
