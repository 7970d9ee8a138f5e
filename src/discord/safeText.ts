import { escapeMarkdown } from 'discord.js';

/**
 * The characters discord.js's escapeMarkdown acts on with its default options: backslash, backtick, asterisk,
 * underscore, tilde and pipe (headings, lists and masked links are off by default). Each of its escapers changes only
 * text that holds its character, so text without any of them comes back as it is, and its dozen regexes (the
 * underscore one a visible cost per answer) need not run.
 */
const MARKDOWN = /[\\`*_~|]/;
/** Both kinds of mention syntax need one of these. */
const MENTION = /[@<]/;

/**
 * User text echoed back: markdown escaped so it renders as typed, and mention syntax broken with a zero-width space
 * so it can never ping, even if a message were sent without allowedMentions.
 */
export function safeText(text: string): string {
  return defuseMentions(MARKDOWN.test(text) ? escapeMarkdown(text) : text);
}

/** Breaks mention syntax with a zero-width space, leaving the rest of the text as it is. */
export function defuseMentions(text: string): string {
  if (!MENTION.test(text)) return text;
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

/** Every message the bot sends allows no mentions at all. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };
