import { z } from 'zod';
import { normalizeText, words } from './vocabulary.js';

export const EntityKind = z.enum(['person', 'organization', 'place', 'country']);

export const Entity = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug such as "interior-ministry"'),
  /** How the bot names it when it leads an answer with it: "President Kassym-Jomart Tokayev". */
  name: z.string().min(1),
  kind: EntityKind,
  /** How an article names it, verbatim; checked against the article texts. */
  printed: z.array(z.string().min(1)).min(1),
  /** Other names and descriptions a question may use, written as a question would be. */
  aliases: z.array(z.string().min(1)),
  /** False for someone the article never names ("the deputy mayor"): speaking of them names no one. */
  named: z.boolean().default(true),
});
export type Entity = z.infer<typeof Entity>;

/** data/entities.json: the people, bodies and places the articles speak of, with every name a question may use. */
export const EntitiesFile = z.object({ description: z.string().optional(), entities: z.array(Entity) });
export type EntitiesFile = z.infer<typeof EntitiesFile>;

const namesByEntity = new WeakMap<Entity, string[]>();

/**
 * Every name of an entity as words ("the country's president" → "country president"), the printed ones included.
 * Worked out once per entity: several checks read them for every question.
 */
export function namesOf(entity: Entity): string[] {
  const known = namesByEntity.get(entity);
  if (known !== undefined) return known;
  const names = [
    ...new Set(
      [...entity.printed, ...entity.aliases].map((name) =>
        words(name)
          .filter((word) => word !== 'the' && word !== 'a')
          .join(' '),
      ),
    ),
  ];
  namesByEntity.set(entity, names);
  return names;
}

/** Problems with the entities against the article texts: a printed name no article prints, a repeated id or alias. */
export function checkEntities({ entities }: EntitiesFile, articleTexts: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const aliases = new Map<string, string>();
  for (const entity of entities) {
    if (ids.has(entity.id)) problems.push(`entity "${entity.id}" is listed twice`);
    ids.add(entity.id);
    for (const printed of entity.printed) {
      if (!articleTexts.some((text) => text.includes(printed))) problems.push(`${entity.id}: "${printed}" is not printed in any article`);
    }
    for (const alias of entity.aliases) {
      if (normalizeText(alias).trim() !== alias) problems.push(`${entity.id}: alias "${alias}" is not written as a question would be`);
      const owner = aliases.get(alias);
      if (owner !== undefined && owner !== entity.id) problems.push(`alias "${alias}" names both ${owner} and ${entity.id}`);
      aliases.set(alias, entity.id);
    }
  }
  return problems;
}
