import type { Fact } from '../facts/schema.js';
import type { AnalyzedQuestion } from './analyzeQuestion.js';
import type { Entity } from './entities.js';
import { namesOf } from './entities.js';
import type { FactIndex } from './factIndex.js';
import { groupToken } from './synonyms.js';

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const REPORTING_VERBS = new Set(['said', 'says', 'reported', 'claimed', 'stated', 'told', 'announced', 'photographed']);

/** Whether an entity is the source a fact is attributed to: one of its names is in the source's name as printed. */
const isSourceOf = (entity: Entity, source: Fact['attribution']): boolean => {
  const printed = `${source.name} ${source.asPrinted}`.toLowerCase();
  return namesOf(entity).some((name) => name.length >= 4 && printed.includes(name.toLowerCase()));
};

/**
 * The name that answers a "who" question (the person or body the best fact speaks of that the question does not
 * name), or a "what is the name of" question (the entity asked about, as the article prints it in full; a place only
 * when asked by a description, `placeAsked`: "what's the capital called"). A "which official…" question is led only by
 * a person, a "which body…" only by an organization (`kinds`).
 */
export function leadFor(
  analyzed: AnalyzedQuestion,
  facts: readonly Fact[],
  entityGroups: readonly { entity: Entity; group: number }[],
  index: FactIndex,
  placeAsked?: number,
  kinds: readonly Entity['kind'][] = [],
): string | undefined {
  const [first] = facts;
  if (first === undefined || analyzed.intents.has('source')) return undefined;
  const askedGroups = new Set(analyzed.terms.flatMap((term) => term.groups));
  const agents = entityGroups.filter(({ entity }) =>
    kinds.length > 0 ? kinds.includes(entity.kind) : entity.kind === 'person' || entity.kind === 'organization',
  );
  if (analyzed.intents.has('name') || analyzed.intents.has('define')) {
    // A place is named too when its name is asked ("what's the capital called"), not when asked what it is.
    const named = analyzed.intents.has('name') ? [...agents, ...entityGroups.filter(({ group }) => group === placeAsked)] : agents;
    const asked = named.find(({ group }) => askedGroups.has(group));
    if (asked !== undefined) return capitalized(asked.entity.name);
    // "Who's the head of state?" names no entity itself: the one its best fact names leads, as for any "who".
  }
  if (!analyzed.intents.has('who')) return undefined;
  const tokens = index.factTokens.get(first.id);
  // Who only reported something did not do it: "President Tokayev said five planes were seized by rioters" does not
  // make Tokayev the answer to "which group seized the planes". Who vowed or declared something did it.
  const reporter = REPORTING_VERBS.has(first.attribution.verb) ? first.attribution : undefined;
  const named = agents.find(
    ({ entity, group }) =>
      !askedGroups.has(group) && tokens?.has(groupToken(group)) && !(reporter !== undefined && isSourceOf(entity, reporter)),
  );
  return named === undefined ? undefined : capitalized(named.entity.name);
}
