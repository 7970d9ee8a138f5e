import { formatSource } from '../facts/formatSource.js';
import type { Fact } from '../facts/schema.js';
import type { Citation } from './answer.js';

/**
 * The source as the store names it, and as the article printed it when that differs ("NetBlocks, internet watchdog
 * (printed “Netblox”)"), so a reader who knows the article's words finds them in the citation.
 */
export function citationOf(fact: Fact): Citation {
  const printed = fact.corrections.find((correction) => correction.field === 'attribution')?.printed;
  const source = formatSource(fact.attribution);
  return { factId: fact.id, source: printed === undefined ? source : `${source} (printed “${printed}”)`, quote: fact.quote };
}

/** How the answer opens: with the person or body asked for, and with yes when a yes/no question is answered. */
export interface AnswerShape {
  /** The name that answers a "who" or "what is the name" question, as the article prints it. */
  lead?: string | undefined;
  yesNo: boolean;
  /** A question with "not" in it: a bare yes would be ambiguous, so the facts speak alone. */
  negated: boolean;
  /** The first fact speaks to only part of what a yes or no turns on: it is given with no yes. */
  partly?: boolean;
  /** A count the question states that the store does not ("1000 people died"): said first, and no yes follows. */
  unstatedFigure?: string | undefined;
}

const isDisputedAmong = (facts: readonly Fact[]): boolean =>
  facts.some((fact) => fact.disputedBy.some((otherId) => facts.some((other) => other.id === otherId)));

const DENIES = /\b(?:no|not|never|none|nobody|nothing|neither|nor)\b|n't\b/i;

/** "The article reports…" reads on after "Yes: " as "the article reports…"; names keep their capitals. */
export const continued = (claim: string): string => claim.replace(/^(The|A|An) /, (article) => article.toLowerCase());

/** "Unnamed police official" is "an unnamed police official" inside a sentence. */
const speaker = (fact: Fact): string => fact.attribution.name.replace(/^Unnamed /, 'an unnamed ');

function opening(facts: readonly Fact[], shape: AnswerShape, disputed: boolean): string {
  const [first] = facts;
  if (shape.unstatedFigure !== undefined) return `The article gives no figure of ${shape.unstatedFigure}. `;
  if (!shape.yesNo || shape.negated || first === undefined) return shape.lead === undefined ? '' : `${shape.lead}. `;
  if (disputed) return 'The accounts differ. ';
  if (shape.partly === true) return '';
  // "Was anyone killed?" answered by "No deaths have been reported" is a no.
  const reply = DENIES.test(first.claim) ? 'no' : 'yes';
  // A claim stays a claim: the yes is the source's, not the article's.
  return first.stance === 'attributed' ? `According to ${speaker(first)}, ${reply}. ` : `${reply === 'yes' ? 'Yes' : 'No'}: `;
}

/**
 * The answer in the store's own words: each fact's claim, which already names who said it, in order of relevance,
 * after a direct opening when the question asks for a name or a yes or no. When both sides of a dispute are present
 * the answer says they conflict.
 */
export function composeExtractive(facts: readonly Fact[], shape: AnswerShape = { yesNo: false, negated: false }): string {
  const disputed = isDisputedAmong(facts);
  const open = opening(facts, shape, disputed);
  const sentences = facts.map((fact, index) => (index === 0 && /^(?:Yes|No): $/.test(open) ? continued(fact.claim) : fact.claim));
  if (disputed) sentences.push('These accounts conflict, and the article reports both.');
  return `${open}${sentences.join(' ')}`;
}
