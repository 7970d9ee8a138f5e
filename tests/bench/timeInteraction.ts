import type { DiscordStandIn, InteractionInput, InteractionResult } from '../support/discord/startDiscordStandIn.js';

export type Timed = { ms: number } | { problem: string };

/** A reply the bench must not count as a served interaction: the bot refused or failed. */
function replyProblem(result: InteractionResult): string | undefined {
  const content: unknown = result.data?.content;
  if (typeof content !== 'string') return undefined;
  if (content.includes('error id')) return `error reply: ${content}`;
  if (content.includes('asking faster than')) return `rate-limited: ${content}`;
  return undefined;
}

/** Dispatches one interaction and times it to the bot's callback, as the stand-in receives it. */
export async function timeInteraction(standIn: DiscordStandIn, input: InteractionInput): Promise<Timed> {
  const started = performance.now();
  try {
    const result = await standIn.interact(input);
    const ms = performance.now() - started;
    const problem = replyProblem(result);
    return problem === undefined ? { ms } : { problem };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}
