import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EntitiesFile, Entity } from '../../src/answers/entities.js';
import { EntitiesFile as EntitiesSchema, checkEntities } from '../../src/answers/entities.js';
import { DEFAULT_DATA_DIR } from '../../src/facts/dataFiles.js';

const articleDir = path.join(DEFAULT_DATA_DIR, 'articles');
const articleTexts = readdirSync(articleDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(path.join(articleDir, file), 'utf8'));

const curated = (): EntitiesFile => EntitiesSchema.parse(JSON.parse(readFileSync(path.join(DEFAULT_DATA_DIR, 'entities.json'), 'utf8')));

const entity = (fields: Partial<Entity> & Pick<Entity, 'id'>): Entity => ({
  name: fields.id,
  kind: 'person',
  printed: ['Mr Tokayev'],
  aliases: [],
  named: true,
  ...fields,
});

describe('data/entities.json', () => {
  // BUG: three aliases carry a possessive ("kazakhstan's president", "armenia's prime minister", "the mayor's deputy"),
  // and normalizeText drops "'s", so checkEntities reports each as "not written as a question would be": the curated
  // file fails its own check. Either the aliases or the check must change.
  test('GIVEN the curated entities THEN checkEntities reports no problem', () => {
    expect(checkEntities(curated(), articleTexts)).toEqual([]);
  });

  test('GIVEN the curated entities THEN every printed name is in an article and no id or alias repeats', () => {
    expect(articleTexts.length).toBeGreaterThan(0);
    const problems = checkEntities(curated(), articleTexts).filter((problem) => !problem.includes('is not written as a question would be'));
    expect(problems).toEqual([]);
  });
});

/** Two entities as the curated file has them, which pass the check against the real articles. */
const fixtureFile = (): EntitiesFile => ({
  entities: [
    entity({ id: 'tokayev', printed: ['President Kassym-Jomart Tokayev', 'Mr Tokayev'], aliases: ['tokayev', 'head of state'] }),
    entity({ id: 'csto', kind: 'organization', printed: ['Collective Security Treaty Organization (CSTO)'], aliases: ['csto'] }),
  ],
});

describe('checkEntities', () => {
  test('GIVEN entities whose printed names the article prints THEN nothing is reported', () => {
    expect(checkEntities(fixtureFile(), articleTexts)).toEqual([]);
  });

  test('GIVEN a printed name no article prints THEN it is reported with the entity', () => {
    const file = fixtureFile();
    file.entities.push(entity({ id: 'nato', kind: 'organization', printed: ['the North Atlantic Treaty Organization'] }));
    expect(checkEntities(file, articleTexts)).toEqual(['nato: "the North Atlantic Treaty Organization" is not printed in any article']);
  });

  test('GIVEN a printed name in other letters than the article prints THEN it is reported, as the check is verbatim', () => {
    const file = fixtureFile();
    file.entities.push(entity({ id: 'netblocks-spelt', printed: ['global watchdog organization NetBlocks'] }));
    expect(checkEntities(file, articleTexts)).toEqual(['netblocks-spelt: "global watchdog organization NetBlocks" is not printed in any article']);
  });

  test('GIVEN an id listed twice THEN the repeat is reported', () => {
    const file = fixtureFile();
    file.entities.push(entity({ id: 'tokayev' }));
    expect(checkEntities(file, articleTexts)).toEqual(['entity "tokayev" is listed twice']);
  });

  test('GIVEN an alias shared by two entities THEN both owners are named', () => {
    const file = fixtureFile();
    file.entities.push(entity({ id: 'another-president', aliases: ['head of state'] }));
    expect(checkEntities(file, articleTexts)).toEqual(['alias "head of state" names both tokayev and another-president']);
  });

  test('GIVEN an alias not written as a question would be THEN it is reported', () => {
    const file = fixtureFile();
    file.entities.push(entity({ id: 'shouted', aliases: ['Mr Tokayev'] }));
    expect(checkEntities(file, articleTexts)).toEqual(['shouted: alias "Mr Tokayev" is not written as a question would be']);
  });
});
