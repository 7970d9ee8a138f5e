import type { APIEmbed, ChatInputCommandInteraction } from 'discord.js';
import { UserFacingError } from '../answers/errors.js';
import type { BotContext } from './botContext.js';
import { missingPermissions, NEEDED_TO_POST, refusal } from './channelPermissions.js';
import { EMBED_LIMITS, truncateAtWord } from './limits.js';
import { citedList, messageLink } from './render/reportEmbed.js';
import { COLORS } from './render/colors.js';
import { fitEmbed } from './render/embedFit.js';
import { safeText } from './safeText.js';

/** How many reports `/config reports list` shows. */
export const LISTED_REPORTS = 10;

/** `/config reports channel [channel]`: where reports go; without a channel they are only kept for the list. */
export async function setReportChannel(interaction: ChatInputCommandInteraction, guildId: string, context: BotContext): Promise<string> {
  const chosen = interaction.options.getChannel('channel');
  if (chosen === null) {
    await context.settings.update(guildId, (current) => ({ ...current, reportChannel: null }));
    return 'Reports are no longer posted to a channel. They are kept for `/config reports list`.';
  }
  const channel = await interaction.client.channels.fetch(chosen.id).catch(() => null);
  if (channel === null || !channel.isSendable() || !('guildId' in channel) || channel.guildId !== guildId) {
    throw new UserFacingError('Pick a text channel in this server for reports.');
  }
  const cannotPost = missingPermissions(channel, interaction, NEEDED_TO_POST);
  if (cannotPost.length > 0) throw refusal('post reports', channel.id, cannotPost);
  await context.settings.update(guildId, (current) => ({ ...current, reportChannel: channel.id }));
  return `Problem reports will be posted in <#${channel.id}>. Each names the reporter, the question, the answer and the facts it cites.`;
}

/** `/config reports list`: the newest reports, whether or not a report channel received them. */
export async function listReports(guildId: string, context: BotContext): Promise<APIEmbed> {
  const reports = await context.reports.latest(guildId, LISTED_REPORTS);
  if (reports.length === 0) {
    return { color: COLORS.info, title: 'Problem reports', description: 'No reports yet. Every answer has a “Report a problem” button.' };
  }
  return fitEmbed({
    color: COLORS.summary,
    title: `Problem reports · the latest ${reports.length}`,
    fields: reports.map((report) => ({
      name: truncateAtWord(
        `${new Date(report.reportedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${report.reporter.name}`,
        EMBED_LIMITS.fieldName,
      ),
      value: truncateAtWord(
        [
          `“${safeText(report.whatIsWrong)}”`,
          `Question: ${safeText(report.question)}`,
          `Facts: ${citedList(report)} · [message](${messageLink(report)})${report.postedTo === null ? '' : ` · posted in <#${report.postedTo}>`}`,
        ].join('\n'),
        EMBED_LIMITS.fieldValue,
      ),
    })),
  });
}
