import { z } from 'zod';

export const Citation = z.object({ factId: z.string(), source: z.string(), quote: z.string() });
export type Citation = z.infer<typeof Citation>;

/** The answer contract the CLI prints and the bot renders. */
export const Answer = z.object({
  question: z.string(),
  answered: z.boolean(),
  answer: z.string(),
  citations: z.array(Citation).max(4),
  mode: z.enum(['extractive', 'llm']),
});
export type Answer = z.infer<typeof Answer>;

export const MAX_CITATIONS = 4;
export const MAX_QUESTION_LENGTH = 500;
