import type { Fact } from '../facts/schema.js';
import type { AnalyzedQuestion } from './analyzeQuestion.js';
import type { Entity } from './entities.js';
import { namesOf } from './entities.js';
import type { FactIndex } from './factIndex.js';
import { carriesAny } from './factIndex.js';
import { kindsNamedBy } from './namesAnswerKind.js';
import { groupToken } from './synonyms.js';
import { wordsOfNormalized } from './vocabulary.js';

/**
 * For a question that sets a thing aside and asks which others of its kind ("besides Almaty, which other cities…"), a
 * fact answers only if it names one of that kind other than the one set aside; Almaty's government buildings do not
 * answer. Undefined when nothing is set aside or no kind of entity is asked for: what a fact says beside the thing set
 * aside ("restricted movement" beside the curfew) may still answer.
 */
export function namesAnotherThanSetAside(
  analyzed: AnalyzedQuestion,
  entityGroups: readonly { entity: Entity; group: number }[],
  index: FactIndex,
  entityKinds: Partial<Record<Entity['kind'], string[]>>,
): ((fact: Fact) => boolean) | undefined {
  const { besides, whichNoun } = analyzed;
  if (besides === undefined) return undefined;
  const kinds = whichNoun === undefined ? [] : kindsNamedBy(whichNoun, entityKinds);
  if (kinds.length === 0) return undefined;
  const setAside = (entity: Entity): boolean =>
    namesOf(entity).some((name) => wordsOfNormalized(name).every((word) => besides.includes(word)));
  const others = entityGroups
    .filter(({ entity }) => kinds.includes(entity.kind) && !setAside(entity))
    .map(({ group }) => groupToken(group));
  return (fact) => carriesAny(index, fact, others);
}
