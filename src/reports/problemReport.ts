import { z } from 'zod';
import { Snowflake } from '../config/snowflake.js';
import { CitedFact } from '../ledger/ledgerEntry.js';

/** Longest "what is wrong" text the report form takes. */
export const MAX_REPORT_LENGTH = 1_000;

/** A member's report that an answer is wrong, with what the answer said and cited when it was reported. */
export const ProblemReport = z.object({
  id: z.string().min(1),
  guildId: Snowflake,
  channelId: Snowflake,
  messageId: Snowflake,
  reporter: z.object({ id: Snowflake, name: z.string() }),
  question: z.string(),
  answer: z.string(),
  cited: z.array(CitedFact.partial({ hash: true })),
  whatIsWrong: z.string().min(1).max(MAX_REPORT_LENGTH),
  reportedAt: z.number().int(),
  /** The report channel it was posted to, when it was. */
  postedTo: z.string().nullable(),
});
export type ProblemReport = z.infer<typeof ProblemReport>;
