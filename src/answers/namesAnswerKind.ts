import type { Fact } from '../facts/schema.js';
import type { AnalyzedQuestion } from './analyzeQuestion.js';
import type { Entity } from './entities.js';
import type { FactIndex } from './factIndex.js';
import { groupToken } from './synonyms.js';

/** Whether a fact names an entity of the kind a "which …" question asks for, other than those the question names. */
export function namesAnswerKind(
  analyzed: AnalyzedQuestion,
  entityGroups: readonly { entity: Entity; group: number }[],
  index: FactIndex,
  entityKinds: Partial<Record<Entity['kind'], string[]>>,
): ((fact: Fact) => boolean) | undefined {
  const { answerKind } = analyzed;
  if (answerKind === undefined) return undefined;
  const kinds = Object.entries(entityKinds)
    .filter(([, names]) => names?.includes(answerKind))
    .map(([kind]) => kind);
  if (kinds.length === 0) return undefined;
  const askedGroups = new Set(analyzed.terms.flatMap((term) => term.groups));
  const others = entityGroups
    .filter(({ entity, group }) => kinds.includes(entity.kind) && !askedGroups.has(group))
    .map(({ group }) => groupToken(group));
  return (fact) => others.some((token) => index.factTokens.get(fact.id)?.has(token) === true);
}
