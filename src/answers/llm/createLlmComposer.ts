import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { Fact } from '../../facts/schema.js';
import { buildMessages } from './buildMessages.js';
import type { LlmReply as LlmReplyType } from './llmReply.js';
import { LlmReply } from './llmReply.js';

export interface LlmOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  /** What the store is about, as the bot speaks of it. */
  subject: string;
}

/** Asks the model to phrase an answer from the given facts; throws on any transport, protocol or schema failure. */
export type LlmComposer = (question: string, facts: readonly Fact[]) => Promise<LlmReplyType>;

export function createLlmComposer({ apiKey, baseURL, model, timeoutMs, subject }: LlmOptions): LlmComposer {
  // No retries: one slow or failing call already uses the time the user is waiting for; the extractive answer follows.
  const client = new OpenAI({ apiKey, ...(baseURL === undefined ? {} : { baseURL }), timeout: timeoutMs, maxRetries: 0 });
  return async (question, facts) => {
    const completion = await client.chat.completions.parse({
      model,
      messages: buildMessages(question, facts, subject),
      response_format: zodResponseFormat(LlmReply, 'grounded_answer'),
      temperature: 0,
    });
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new Error(`the model refused: ${message.refusal}`);
    return LlmReply.parse(message?.parsed ?? JSON.parse(message?.content ?? ''));
  };
}
