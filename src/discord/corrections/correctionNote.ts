import { formatSource } from '../../facts/formatSource.js';
import type { Store } from '../../facts/schema.js';
import { truncateAtWord } from '../limits.js';
import { defuseMentions } from '../safeText.js';
import type { FactChange } from './factChanges.js';

/** Long enough for a claim and a reason; several notes still fit in one message. */
const NOTE_LIMIT = 450;

/** The line added to an earlier answer: what changed about a fact it cited, naming the fact and its source. */
export function correctionNote(change: FactChange, store: Store): string {
  const { date } = store.version;
  let note: string;
  if (change.kind === 'removed') {
    note = `**Removed on ${date}:** \`${change.id}\` is no longer in the facts; don't rely on it.`;
  } else {
    const { fact } = change;
    const who = fact.attribution.kind === 'article' ? 'the article’s own reporting' : formatSource(fact.attribution);
    if (fact.status.state === 'retracted') {
      note = `**Retracted on ${fact.status.on}:** \`${fact.id}\` (${who}) no longer stands: ${fact.status.reason}`;
    } else if (fact.status.state === 'corrected') {
      note = `**Corrected on ${fact.status.on}:** \`${fact.id}\` (${who}): ${fact.status.changed}. It now reads: ${fact.claim}`;
    } else {
      note = `**Updated on ${date}:** \`${fact.id}\` (${who}) now reads: ${fact.claim}`;
    }
  }
  return truncateAtWord(defuseMentions(note), NOTE_LIMIT);
}
