import type { APIEmbed } from 'discord.js';
import type { ProblemReport } from '../../reports/problemReport.js';
import { EMBED_LIMITS, truncateAtWord } from '../limits.js';
import { defuseMentions, safeText } from '../safeText.js';
import { COLORS } from './colors.js';
import { fitEmbed } from './embedFit.js';

export const messageLink = (report: Pick<ProblemReport, 'guildId' | 'channelId' | 'messageId'>): string =>
  `https://discord.com/channels/${report.guildId}/${report.channelId}/${report.messageId}`;

export const citedList = (report: ProblemReport): string =>
  report.cited.length === 0
    ? 'none'
    : report.cited.map((fact) => `\`${fact.id}\`${fact.hash === undefined ? '' : ` (version ${fact.hash})`}`).join(', ');

/** A report as the moderators see it in the report channel: what is wrong, who says so, and the answer it is about. */
export function reportEmbed(report: ProblemReport): APIEmbed {
  const field = (name: string, value: string) => ({ name, value: truncateAtWord(value, EMBED_LIMITS.fieldValue) });
  return fitEmbed({
    color: COLORS.summary,
    title: 'Problem reported',
    description: safeText(report.whatIsWrong),
    fields: [
      field('Reported by', `<@${report.reporter.id}> (${safeText(report.reporter.name)})`),
      field('Question', safeText(report.question)),
      field('Answer', defuseMentions(report.answer)),
      field('Cited facts', citedList(report)),
      field('Message', messageLink(report)),
    ],
    footer: { text: `Report ${report.id} · /source <fact> shows a fact in full` },
    timestamp: new Date(report.reportedAt).toISOString(),
  });
}
