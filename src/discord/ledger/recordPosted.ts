import type { Message, RepliableInteraction } from 'discord.js';
import type { CitedFact, LedgerEntry } from '../../ledger/ledgerEntry.js';
import type { Store } from '../../facts/schema.js';
import type { BotContext } from '../botContext.js';

/**
 * Discord honours an interaction's token for 15 minutes; a little is kept back so an edit started near the end does
 * not fail halfway.
 */
export const INTERACTION_EDIT_WINDOW_MS = 15 * 60_000 - 30_000;

/** A remembered answer's facts are looked up once per store, not once per time it is sent. */
const citedByAnswer = new WeakMap<readonly string[], { store: Store; cited: CitedFact[] }>();

/** The facts as the ledger keeps them: each id with the version the message showed. Callers must not change the list. */
export function citedIn(store: Store, factIds: readonly string[]): CitedFact[] {
  const known = citedByAnswer.get(factIds);
  if (known?.store === store) return known.cited;
  const cited = [...new Set(factIds)].flatMap((id) => {
    const fact = store.facts.find((candidate) => candidate.id === id);
    return fact === undefined ? [] : [{ id, hash: fact.hash }];
  });
  citedByAnswer.set(factIds, { store, cited });
  return cited;
}

/** Where a message is and how long it can be edited: what a command reply and a channel message record differently. */
type Posted = Pick<LedgerEntry, 'kind' | 'guildId' | 'channelId' | 'editableUntil' | 'messageId' | 'interactionId' | 'webhook'>;

/**
 * Hands the entry to the ledger without waiting for it to be stored: the answer has gone out, and holding the
 * interaction until the ledger's batch is written would only keep it in memory longer. The ledger flushes what is
 * waiting before anyone reads it and before the bot stops, and logs what it could not store.
 */
function record(posted: Posted, postedAt: number, factIds: readonly string[], context: BotContext, question: string | undefined): void {
  const cited = citedIn(context.store, factIds);
  // A digest is re-rendered whenever the store changes, so it is kept even when it cites nothing.
  if (cited.length === 0 && posted.kind !== 'digest') return;
  const entry: LedgerEntry = { ...posted, cited, storeVersion: context.store.version.number, postedAt, notes: [] };
  if (question !== undefined) entry.question = question;
  void context.ledger.record(entry);
}

/**
 * Records a command's reply: it can be edited through the interaction's token for a while, then never again. `answered`
 * names the message: the interaction it answers, its own id when known, or both.
 */
export function recordInteractionReply(
  interaction: RepliableInteraction,
  answered: Pick<LedgerEntry, 'messageId' | 'interactionId'>,
  factIds: readonly string[],
  context: BotContext,
  question?: string,
): void {
  if (interaction.guildId === null || (answered.messageId === undefined && answered.interactionId === undefined)) return;
  const postedAt = context.now();
  const posted: Posted = {
    kind: 'interaction',
    guildId: interaction.guildId,
    channelId: interaction.channelId ?? '',
    editableUntil: postedAt + INTERACTION_EDIT_WINDOW_MS,
    webhook: { applicationId: interaction.applicationId, token: interaction.token },
  };
  if (answered.messageId !== undefined) posted.messageId = answered.messageId;
  if (answered.interactionId !== undefined) posted.interactionId = answered.interactionId;
  record(posted, postedAt, factIds, context, question);
}

/** Records the bot's own channel message (a free-text answer or a pinned digest): editable for as long as it exists. */
export function recordChannelMessage(
  message: Message,
  kind: 'reply' | 'digest',
  factIds: readonly string[],
  context: BotContext,
  question?: string,
): void {
  if (message.guildId === null) return;
  const posted: Posted = { kind, guildId: message.guildId, channelId: message.channelId, messageId: message.id, editableUntil: null };
  record(posted, context.now(), factIds, context, question);
}
