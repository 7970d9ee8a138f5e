import type { Message, RepliableInteraction } from 'discord.js';
import type { CitedFact, LedgerEntry } from '../../ledger/ledgerEntry.js';
import { factPosition } from '../../facts/factPosition.js';
import type { Store } from '../../facts/schema.js';
import type { BotContext } from '../botContext.js';

/**
 * Discord honours an interaction's token for 15 minutes; a little is kept back so an edit started near the end does
 * not fail halfway.
 */
export const INTERACTION_EDIT_WINDOW_MS = 15 * 60_000 - 30_000;

/**
 * The facts as the ledger keeps them: each id, once, with the version the message showed; ids the store does not hold
 * are left out.
 */
export function citedIn(store: Store, factIds: readonly string[]): CitedFact[] {
  const cited: CitedFact[] = [];
  factIds.forEach((id, index) => {
    const position = factPosition(store, id);
    const fact = position === undefined ? undefined : store.facts[position];
    if (fact !== undefined && factIds.indexOf(id) === index) cited.push({ id, hash: fact.hash });
  });
  return cited;
}

/**
 * Hands the entry to the ledger without waiting for it to be stored: the answer has gone out, and holding the
 * interaction until the ledger's batch is written would only keep it in memory longer. The ledger flushes what is
 * waiting before anyone reads it and before the bot stops, and logs what it could not store.
 *
 * Callers write the entry as one literal with every key present, an absent one as undefined, which the store leaves
 * out as JSON does: copying a partial entry with a spread and adding keys after cost a twentieth of the bot's own time
 * per answer.
 */
function record(entry: LedgerEntry, context: BotContext): void {
  // A digest is re-rendered whenever the store changes, so it is kept even when it cites nothing.
  if (entry.cited.length === 0 && entry.kind !== 'digest') return;
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
  record(
    {
      kind: 'interaction',
      guildId: interaction.guildId,
      channelId: interaction.channelId ?? '',
      editableUntil: postedAt + INTERACTION_EDIT_WINDOW_MS,
      webhook: { applicationId: interaction.applicationId, token: interaction.token },
      messageId: answered.messageId,
      interactionId: answered.interactionId,
      cited: citedIn(context.store, factIds),
      storeVersion: context.store.version.number,
      postedAt,
      notes: [],
      question,
    },
    context,
  );
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
  record(
    {
      kind,
      guildId: message.guildId,
      channelId: message.channelId,
      messageId: message.id,
      editableUntil: null,
      cited: citedIn(context.store, factIds),
      storeVersion: context.store.version.number,
      postedAt: context.now(),
      notes: [],
      question,
    },
    context,
  );
}
