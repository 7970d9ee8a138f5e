import { formatSource } from './formatSource.js';
import type { Fact } from './schema.js';

/** The flat shape the CLIs print and other tools read. */
export interface FactView {
  id: string;
  articleId: string;
  topics: string[];
  claim: string;
  quote: string;
  source: string;
  start: number;
  end: number;
  stance: Fact['stance'];
  attribution: Fact['attribution'];
  quantities: Fact['quantities'];
  time?: string;
  disputedBy: string[];
  corrections: Fact['corrections'];
  /** Whether the fact stands, was corrected or was retracted; retracted facts are listed but never used to answer. */
  status: Fact['status'];
}

export function factView(fact: Fact): FactView {
  return {
    id: fact.id,
    articleId: fact.articleId,
    topics: fact.topics,
    claim: fact.claim,
    quote: fact.quote,
    source: formatSource(fact.attribution),
    start: fact.span.start,
    end: fact.span.end,
    stance: fact.stance,
    attribution: fact.attribution,
    quantities: fact.quantities,
    ...(fact.time === undefined ? {} : { time: fact.time }),
    disputedBy: fact.disputedBy,
    corrections: fact.corrections,
    status: fact.status,
  };
}
