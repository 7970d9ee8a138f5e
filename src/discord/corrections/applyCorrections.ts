import type { Client } from 'discord.js';
import { DiscordAPIError, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { LedgerEntry } from '../../ledger/ledgerEntry.js';
import type { BotContext } from '../botContext.js';
import { CONTENT_LIMIT } from '../limits.js';
import { digestMessage } from '../render/digestMessage.js';
import { withReportButton } from '../reports/reportButton.js';
import { citedIn } from '../ledger/recordPosted.js';
import { NO_MENTIONS } from '../safeText.js';
import { correctionNote } from './correctionNote.js';
import { factChanges } from './factChanges.js';

/** What one pass over the ledger did. */
export interface CorrectionTally {
  /** Remembered messages of this process's servers that were looked at. */
  checked: number;
  edited: number;
  /** Out of date, but no longer editable (an interaction reply older than Discord's 15 minutes). */
  stale: number;
  /** Deleted from Discord since they were posted; forgotten. */
  gone: number;
  /** Editing failed for another reason (logged); tried again on the next pass. */
  failed: number;
  /** The ledger could not be read (its store is unreachable): nothing was checked; the next pass tries again. */
  unreadable: boolean;
}

const emptyTally = (): CorrectionTally => ({ checked: 0, edited: 0, stale: 0, gone: 0, failed: 0, unreadable: false });

const GONE = new Set<number>([RESTJSONErrorCodes.UnknownMessage, RESTJSONErrorCodes.UnknownChannel]);
const EXPIRED = new Set<number>([RESTJSONErrorCodes.InvalidWebhookToken, RESTJSONErrorCodes.UnknownWebhook]);
const codeOf = (error: unknown): number | undefined =>
  error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined;

/** Notes newest last; when they no longer fit in one message the oldest give way. */
function notesContent(notes: readonly string[]): string {
  const kept = [...notes];
  while (kept.length > 1 && kept.join('\n').length > CONTENT_LIMIT) kept.shift();
  return kept.join('\n').slice(0, CONTENT_LIMIT);
}

type Outcome = 'edited' | 'stale' | 'gone' | 'failed' | 'unchanged';

/** Which message an entry is, for the log; never its token. */
const whereOf = ({ guildId, channelId, messageId, interactionId, kind }: LedgerEntry) => ({
  guildId,
  channelId,
  messageId,
  interactionId,
  kind,
});

/**
 * Logs and keeps a message that can no longer be edited. Counted once per change: the entry now holds the versions it
 * was checked against. Its interaction token is useless from now on, so it is not kept.
 */
async function markStale(current: LedgerEntry, facts: string[], { ledger, logger, now }: BotContext): Promise<'stale'> {
  const kept: LedgerEntry = { ...current, editableUntil: Math.min(current.editableUntil ?? 0, now()) };
  delete kept.webhook;
  logger.info({ ...whereOf(kept), facts }, 'an earlier answer cites changed facts but can no longer be edited');
  // Not awaited: the ledger stores entries in batches, and a pass over thousands of messages should not wait on each.
  // The next pass reads the ledger only after what is waiting has been stored.
  void ledger.record(kept);
  return 'stale';
}

async function bringUpToDate(entry: LedgerEntry, client: Client, context: BotContext): Promise<Outcome> {
  const { store, ledger, logger } = context;
  const changes = factChanges(entry.cited, store);
  const where = whereOf(entry);
  if (entry.kind === 'digest' ? entry.storeVersion === store.version.number && changes.length === 0 : changes.length === 0) {
    return 'unchanged';
  }
  const current = { ...entry, storeVersion: store.version.number };
  let body: Record<string, unknown>;
  if (entry.kind === 'digest') {
    const { factIds, ...digest } = withReportButton(digestMessage(store));
    body = { ...digest, allowed_mentions: NO_MENTIONS };
    current.cited = citedIn(store, factIds);
  } else {
    // The message stays as it was; the notes above it say what changed, so readers see both.
    current.notes = [...entry.notes, ...changes.map((change) => correctionNote(change, store))];
    current.cited = citedIn(
      store,
      entry.cited.map((shown) => shown.id),
    );
    body = { content: notesContent(current.notes), allowed_mentions: NO_MENTIONS };
  }
  const facts = changes.map((change) => `${change.id} (${change.kind})`);
  if (entry.editableUntil !== null && context.now() > entry.editableUntil) return markStale(current, facts, context);
  try {
    if (entry.webhook !== undefined) {
      // A command reply is its interaction's original response, whether or not its own id is known.
      await client.rest.patch(Routes.webhookMessage(entry.webhook.applicationId, entry.webhook.token, '@original'), {
        body,
        auth: false,
      });
    } else if (entry.messageId !== undefined) {
      await client.rest.patch(Routes.channelMessage(entry.channelId, entry.messageId), { body });
    } else {
      return markStale(current, facts, context);
    }
  } catch (error) {
    const code = codeOf(error);
    if (code !== undefined && GONE.has(code)) {
      await ledger.forget(entry);
      return 'gone';
    }
    if (code !== undefined && EXPIRED.has(code)) return markStale(current, facts, context);
    logger.warn({ err: error, ...where, facts }, 'could not correct an earlier answer; will try again on the next reload');
    return 'failed';
  }
  void ledger.record(current);
  logger.info({ ...where, facts }, 'corrected an earlier answer');
  return 'edited';
}

/**
 * Finds the remembered messages of this process's servers whose cited facts changed since they were posted, and
 * brings each up to date once: a digest is re-rendered from the current store, an answer gets a note per changed
 * fact. What can no longer be edited is logged and counted. Returns the tally overall and per server.
 */
export async function applyCorrections(
  client: Client,
  context: BotContext,
): Promise<{ total: CorrectionTally; byGuild: Map<string, CorrectionTally> }> {
  const total = emptyTally();
  const byGuild = new Map<string, CorrectionTally>();
  let entries: LedgerEntry[];
  try {
    entries = (await context.ledger.entries()).filter((entry) => client.guilds.cache.has(entry.guildId));
  } catch (error) {
    context.logger.warn({ err: error }, 'could not read the answer ledger; earlier answers will be checked on the next reload or start');
    return { total: { ...total, unreadable: true }, byGuild };
  }
  for (const entry of entries) {
    const outcome = await bringUpToDate(entry, client, context);
    const guild = byGuild.get(entry.guildId) ?? emptyTally();
    byGuild.set(entry.guildId, guild);
    for (const tally of [total, guild]) {
      tally.checked += 1;
      if (outcome !== 'unchanged') tally[outcome] += 1;
    }
  }
  context.logger.info({ ...total, storeVersion: context.store.version.number }, 'earlier answers checked against the facts');
  return { total, byGuild };
}
