import { z } from 'zod';

/** What the model must return: sentences each resting on fact ids, or a plain "not in the facts". */
export const LlmReply = z.object({
  sentences: z.array(z.object({ text: z.string().min(1), factIds: z.array(z.string()).min(1) })),
  notInFacts: z.boolean(),
});
export type LlmReply = z.infer<typeof LlmReply>;
