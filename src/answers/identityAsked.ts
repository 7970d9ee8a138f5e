import type { Entity } from './entities.js';
import { namesOf } from './entities.js';
import { words } from './vocabulary.js';

/** "Is Almaty the capital of Kazakhstan?": whether one named thing is what another description names. */
const IDENTITY = /^(is|was|are|were|isn't|wasn't) (.+?) (the|a|an) (.+)$/;

/** The entity a phrase names whole ("almaty"), or the one its opening words name ("capital of kazakhstan": the capital). */
function entityNamed(phrase: string, entities: readonly Entity[], wholeOnly: boolean): Entity | undefined {
  const phraseWords = words(phrase).filter((word) => word !== 'the' && word !== 'a');
  let best: { entity: Entity; length: number } | undefined;
  for (const entity of entities) {
    for (const name of namesOf(entity)) {
      const nameWords = name.split(' ');
      const fits = wholeOnly ? nameWords.join(' ') === phraseWords.join(' ') : nameWords.every((word, at) => phraseWords[at] === word);
      if (fits && (best === undefined || nameWords.length > best.length)) best = { entity, length: nameWords.length };
    }
  }
  return best?.entity;
}

/**
 * The two entities of a yes/no question asking whether one is another, when the article's names make them different:
 * "is Almaty the capital" asks about Almaty and the entity named "the capital", Nur-Sultan. Undefined when the
 * question is not of that form, either side names no curated entity, or both name the same one ("is Tokayev the
 * president").
 */
export function mistakenIdentity(
  question: string,
  entities: readonly Entity[],
): { asked: Entity; named: Entity; statement: string } | undefined {
  const found = IDENTITY.exec(question);
  if (found === null) return undefined;
  const [, verb = 'is', subject = '', article = 'the', description = ''] = found;
  const asked = entityNamed(subject, entities, true);
  const named = entityNamed(description, entities, false);
  if (asked === undefined || named === undefined || asked.id === named.id || asked.kind !== named.kind) return undefined;
  return { asked, named, statement: `${subject} ${verb.replace("n't", '')} ${article} ${description}` };
}
