import { randomUUID } from 'node:crypto';
import type { ModalSubmitInteraction } from 'discord.js';
import { UserFacingError } from '../../answers/errors.js';
import type { ProblemReport } from '../../reports/problemReport.js';
import type { BotContext } from '../botContext.js';
import { reportEmbed } from '../render/reportEmbed.js';
import { EPHEMERAL } from '../replyFlags.js';
import { NO_MENTIONS } from '../safeText.js';
import { WHAT_IS_WRONG } from './openReportForm.js';
import { reportCooldownNote } from './reportCooldownNote.js';
import { reportedAnswer } from './reportedAnswer.js';

/** Posts the report to the server's report channel; the channel it reached, or null (logged) when it could not. */
async function postToReportChannel(
  interaction: ModalSubmitInteraction,
  report: ProblemReport,
  context: BotContext,
): Promise<string | null> {
  const channelId = (await context.settings.get(report.guildId)).reportChannel;
  if (channelId === null) return null;
  try {
    const channel = await interaction.client.channels.fetch(channelId);
    if (channel === null || !channel.isSendable()) throw new Error('the report channel is not a channel I can post in');
    await channel.send({ embeds: [reportEmbed(report)], allowedMentions: NO_MENTIONS });
    return channelId;
  } catch (error) {
    context.logger.warn(
      { err: error, guildId: report.guildId, channelId, report: report.id },
      'could not post a report; kept for /config reports list',
    );
    return null;
  }
}

/**
 * The report form sent: at most one per user per cooldown. The report goes to the report channel when the server has
 * one, and is always kept for `/config reports list`, so none is lost when posting fails.
 */
export async function submitReport(interaction: ModalSubmitInteraction, messageId: string, context: BotContext): Promise<void> {
  if (interaction.guildId === null) throw new UserFacingError('Reports can only be sent from a server.');
  const limit = context.reportLimiter.take(interaction.user.id);
  if (!limit.allowed) {
    await interaction.reply({ content: reportCooldownNote(limit.retryAfterMs), ...EPHEMERAL, allowedMentions: NO_MENTIONS });
    return;
  }
  const whatIsWrong = interaction.fields.getTextInputValue(WHAT_IS_WRONG).trim();
  if (whatIsWrong === '') throw new UserFacingError('Please say what is wrong, so the moderators can check it.');
  const entry = await context.ledger.get({
    guildId: interaction.guildId,
    messageId,
    interactionId: interaction.message?.interactionMetadata?.id,
  });
  const report: ProblemReport = {
    id: randomUUID().slice(0, 8),
    guildId: interaction.guildId,
    channelId: interaction.message?.channelId ?? entry?.channelId ?? interaction.channelId ?? interaction.guildId,
    messageId,
    reporter: { id: interaction.user.id, name: interaction.user.username },
    ...reportedAnswer(interaction.message, entry),
    whatIsWrong,
    reportedAt: context.now(),
    postedTo: null,
  };
  report.postedTo = await postToReportChannel(interaction, report, context);
  const kept = await context.reports.add(report).then(
    () => true,
    (error: unknown) => {
      context.logger.error({ err: error, guildId: report.guildId, report: report.id }, 'could not keep a report');
      return false;
    },
  );
  if (!kept && report.postedTo === null) {
    throw new UserFacingError('Your report could not be saved just now. Please try again in a moment.');
  }
  context.logger.info(
    { guildId: report.guildId, report: report.id, facts: report.cited.map((fact) => fact.id), posted: report.postedTo !== null },
    'problem reported',
  );
  const facts = report.cited.length === 0 ? '' : ` It concerns ${report.cited.map((fact) => `\`${fact.id}\``).join(', ')}.`;
  await interaction.reply({
    content: `Thank you. Your report reached the server's moderators.${facts}`,
    ...EPHEMERAL,
    allowedMentions: NO_MENTIONS,
  });
}
