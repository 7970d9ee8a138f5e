import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';

/** Custom id of the button and the first part of the form's: `report:<message id>`. */
export const REPORT_ID = 'report';

const MAX_ROWS = 5;
const MAX_BUTTONS_PER_ROW = 5;

const reportButton: APIButtonComponent = {
  type: ComponentType.Button,
  style: ButtonStyle.Secondary,
  label: 'Report a problem',
  emoji: { name: '⚑' },
  custom_id: REPORT_ID,
};

/** The message's buttons with "Report a problem" added: in the last row while it has room, else in a row of its own. */
export function withReportButton<Payload extends { components: APIActionRowComponent<APIButtonComponent>[] }>(payload: Payload): Payload {
  const rows = payload.components;
  const last = rows.at(-1);
  if (last !== undefined && last.components.length < MAX_BUTTONS_PER_ROW) {
    return { ...payload, components: [...rows.slice(0, -1), { ...last, components: [...last.components, reportButton] }] };
  }
  if (rows.length >= MAX_ROWS) return payload;
  return { ...payload, components: [...rows, { type: ComponentType.ActionRow, components: [reportButton] }] };
}
