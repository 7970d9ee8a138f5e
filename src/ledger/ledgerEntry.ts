import { z } from 'zod';
import { Snowflake } from '../config/snowflake.js';
import { ContentHash, FactId } from '../facts/schema.js';

/** A fact as an answer cited it: the version it showed. */
export const CitedFact = z.object({ id: FactId, hash: ContentHash });

/**
 * One message the bot posted that cites facts. `digest`: a pinned summary, re-rendered whole; `reply`: a channel
 * message (free-text answer), editable for as long as it exists; `interaction`: a command reply, editable only through
 * the interaction's token, which Discord honours for 15 minutes.
 *
 * A channel message is known by its id. A command reply is known by the interaction it answers: replying does not ask
 * Discord for the new message back, which would cost each answer a second message to read, so its own id is known
 * only when the bot later sees the message (a page turned, a deferred reply edited).
 */
export const LedgerEntry = z
  .object({
    kind: z.enum(['digest', 'reply', 'interaction']),
    guildId: Snowflake,
    channelId: Snowflake,
    messageId: Snowflake.optional(),
    /** For command replies: the interaction the message answered. */
    interactionId: Snowflake.optional(),
    cited: z.array(CitedFact),
    /** The store version the message was last brought up to date with. */
    storeVersion: z.number().int().positive(),
    postedAt: z.number().int(),
    /** Until when the message can still be edited (ms since the epoch); null: always. */
    editableUntil: z.number().int().nullable(),
    /** For interaction replies: what the webhook edit needs. The token is a credential: it is never logged. */
    webhook: z.object({ applicationId: Snowflake, token: z.string().min(1) }).optional(),
    question: z.string().optional(),
    /** Correction notes already shown on the message, oldest first. */
    notes: z.array(z.string()),
  })
  .refine((entry) => entry.messageId !== undefined || entry.interactionId !== undefined, {
    message: 'an entry names its message or the interaction it answered',
  });

export type CitedFact = z.infer<typeof CitedFact>;
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** Ledger keys share the store with settings and reports; the prefix tells them apart when the ledger is read whole. */
export const LEDGER_PREFIX = 'ledger:';

/** Which message an entry is about: the interaction it answered when there is one, else the message's own id. */
export type MessageRef = Pick<LedgerEntry, 'guildId' | 'messageId' | 'interactionId'>;

export const ledgerKey = (ref: MessageRef): string => `${LEDGER_PREFIX}${ref.guildId}:${ref.interactionId ?? ref.messageId}`;
