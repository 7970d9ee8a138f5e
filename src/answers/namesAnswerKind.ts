import type { Fact } from '../facts/schema.js';
import type { AnalyzedQuestion } from './analyzeQuestion.js';
import type { Entity } from './entities.js';
import type { FactIndex } from './factIndex.js';
import { carriesAny } from './factIndex.js';
import { groupToken } from './synonyms.js';

/** The kinds of entity a "which …" question asks for: "which official" a person, "which body" an organization. */
export function kindsAsked(analyzed: AnalyzedQuestion, entityKinds: Partial<Record<Entity['kind'], string[]>>): Entity['kind'][] {
  return analyzed.answerKind === undefined ? [] : kindsNamedBy(analyzed.answerKind, entityKinds);
}

/** The kinds of entity a noun names: "body" an organization, "cities" a place (`entityKinds` in the query words). */
export function kindsNamedBy(noun: string, entityKinds: Partial<Record<Entity['kind'], string[]>>): Entity['kind'][] {
  return (Object.entries(entityKinds) as [Entity['kind'], string[] | undefined][])
    .filter(([, nouns]) => nouns?.includes(noun))
    .map(([kind]) => kind);
}

/** Whether a fact names an entity of the kind a "which …" question asks for, other than those the question names. */
export function namesAnswerKind(
  analyzed: AnalyzedQuestion,
  entityGroups: readonly { entity: Entity; group: number }[],
  index: FactIndex,
  entityKinds: Partial<Record<Entity['kind'], string[]>>,
): ((fact: Fact) => boolean) | undefined {
  const kinds = kindsAsked(analyzed, entityKinds);
  if (kinds.length === 0) return undefined;
  const askedGroups = new Set(analyzed.terms.flatMap((term) => term.groups));
  const others = entityGroups
    .filter(({ entity, group }) => kinds.includes(entity.kind) && !askedGroups.has(group))
    .map(({ group }) => groupToken(group));
  return (fact) => carriesAny(index, fact, others);
}
