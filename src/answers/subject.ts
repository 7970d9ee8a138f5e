import { z } from 'zod';
import { Slug } from '../facts/schema.js';

/** data/subject.json: what the store is about, so that the engine's code names no country, city or topic. */
export const SubjectFile = z.object({
  description: z.string().optional(),
  /** The story as the bot speaks of it: "Ask me something about the unrest in Kazakhstan." */
  name: z.string().min(1),
  /** Suggested to someone who mentions the bot without a question. */
  exampleQuestion: z.string().min(1),
  /** Words that name the whole story; asked alone, they ask for an overview. */
  names: z.array(z.string().min(1)),
  overviewQuestion: z.string().min(1),
  whereQuestion: z.string().min(1),
  /** The countries the story is about: naming one does not answer "which countries…". */
  countries: z.array(z.string().min(1)),
  topicRoles: z.object({
    why: Slug.optional(),
    where: Slug.optional(),
    define: Slug.optional(),
    /** Topics left out when the bot lists what it covers (photo captions answer no question of their own). */
    unlisted: z.array(Slug).default([]),
  }),
});
export type Subject = z.infer<typeof SubjectFile>;
