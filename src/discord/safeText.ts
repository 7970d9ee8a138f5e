import { escapeMarkdown } from 'discord.js';

/**
 * User text echoed back: markdown escaped so it renders as typed, and mention syntax broken with a zero-width space
 * so it can never ping, even if a message were sent without allowedMentions.
 */
export function safeText(text: string): string {
  return defuseMentions(escapeMarkdown(text));
}

/** Breaks mention syntax with a zero-width space, leaving the rest of the text as it is. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

/** Every message the bot sends allows no mentions at all. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };
