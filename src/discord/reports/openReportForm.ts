import type { ButtonInteraction } from 'discord.js';
import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import { MAX_REPORT_LENGTH } from '../../reports/problemReport.js';
import type { BotContext } from '../botContext.js';
import { EPHEMERAL } from '../replyFlags.js';
import { NO_MENTIONS } from '../safeText.js';
import { REPORT_ID } from './reportButton.js';
import { reportCooldownNote } from './reportCooldownNote.js';

/** The custom id of the form's one field. */
export const WHAT_IS_WRONG = 'what';

/** "Report a problem" pressed: a short form asking what is wrong, unless the user reported a moment ago. */
export async function openReportForm(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const limit = context.reportLimiter.peek(interaction.user.id);
  if (!limit.allowed) {
    await interaction.reply({ content: reportCooldownNote(limit.retryAfterMs), ...EPHEMERAL, allowedMentions: NO_MENTIONS });
    return;
  }
  const form = new ModalBuilder()
    .setCustomId(`${REPORT_ID}:${interaction.message.id}`)
    .setTitle('Report a problem with this answer')
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('What is wrong?')
        .setDescription('The moderators see your report with the question, the answer and the facts it cites.')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(WHAT_IS_WRONG)
            .setStyle(TextInputStyle.Paragraph)
            .setPlaceholder('e.g. the article says “at least eight”, not eight')
            .setMinLength(3)
            .setMaxLength(MAX_REPORT_LENGTH)
            .setRequired(true),
        ),
    );
  await interaction.showModal(form);
}
