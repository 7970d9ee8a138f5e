import { z } from 'zod';

/** data/chat-words.json: how people type in a chat, read before a question is understood. */
export const ChatWordsFile = z.object({
  description: z.string().optional(),
  /** A chat spelling or abbreviation and the words it stands for: "ppl" → "people". */
  spellings: z.record(z.string().regex(/^[\p{L}\p{N}']+$/u, 'one word'), z.string().min(1)),
  chatter: z.array(z.string().min(1)),
  /** Words that open a clause and carry it on from what came before ("so who…", "and why…"): dropped at a clause's start. */
  openers: z.array(z.string().min(1)),
  messengers: z.array(z.string().min(1)),
  reportingVerbs: z.array(z.string().min(1)),
  /** Where the asker saw or heard it ("saw on twitter that…"): read past, with "on" or "in" before it. */
  media: z.array(z.string().min(1)).default([]),
  confirmations: z.array(z.string().min(1)),
});
export type ChatWordsFile = z.infer<typeof ChatWordsFile>;
