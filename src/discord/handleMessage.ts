import type { Message, MessageReplyOptions } from 'discord.js';
import { UserFacingError } from '../answers/errors.js';
import type { Subject } from '../answers/subject.js';
import type { BotContext } from './botContext.js';
import { rateLimitNote } from './rateLimitNote.js';
import { recordChannelMessage } from './ledger/recordPosted.js';
import { answerMessage } from './render/answerMessage.js';
import { sendable } from './render/sendable.js';
import { NO_MENTIONS } from './safeText.js';

const help = ({ name, exampleQuestion }: Subject): string => `Ask me something about ${name}, e.g. “${exampleQuestion}”, or use \`/ask\`.`;

/**
 * Plain questions: answered in the server's answer channels and wherever the bot is mentioned. In an answer channel an
 * unanswerable message stays silent unless the bot was mentioned, so ordinary chat is left alone.
 */
export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  if (message.author.bot || message.webhookId !== null || !message.inGuild()) return;
  const botId = message.client.user.id;
  const mentioned = message.mentions.users.has(botId);
  const inAnswerChannel = (await context.settings.get(message.guildId)).answerChannels.includes(message.channelId);
  if (!mentioned && !inAnswerChannel) return;
  const question = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
  const reply = (payload: MessageReplyOptions): Promise<Message> => message.reply({ ...payload, allowedMentions: NO_MENTIONS });
  if (question === '') {
    if (mentioned) await reply({ content: help(context.answerer.engine.subject) });
    return;
  }
  const limit = context.rateLimiter.take(message.author.id);
  if (!limit.allowed) {
    if (mentioned) await reply({ content: rateLimitNote(limit.retryAfterMs) });
    return;
  }
  try {
    const answer = await context.answerer.answer(question);
    if (!answer.answered && !mentioned) return;
    const message = answerMessage(answer, context);
    const posted = await reply(sendable(message));
    recordChannelMessage(posted, 'reply', message.factIds, context, answer.question);
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    if (mentioned) await reply({ content: error.message });
  }
}
