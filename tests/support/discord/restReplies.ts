// REST replies in Discord's shapes. discord.js turns a 4xx body into a DiscordAPIError whose `code` the bot may
// branch on (50013 missing permissions, 10008 unknown message), so the codes here are Discord's real ones.
export interface RestReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const ok = (body: unknown): RestReply => ({ status: 200, body });
export const noContent = (): RestReply => ({ status: 204 });

export function apiError(status: number, code: number, message: string, errors?: unknown): RestReply {
  return { status, body: { message, code, ...(errors === undefined ? {} : { errors }) } };
}

export const notFound = (): RestReply => apiError(404, 0, '404: Not Found');
export const unauthorized = (): RestReply => apiError(401, 0, '401: Unauthorized');
export const unknownChannel = (): RestReply => apiError(404, 10003, 'Unknown Channel');
export const unknownGuild = (): RestReply => apiError(404, 10004, 'Unknown Guild');
export const unknownMember = (): RestReply => apiError(404, 10007, 'Unknown Member');
export const unknownMessage = (): RestReply => apiError(404, 10008, 'Unknown Message');
export const unknownUser = (): RestReply => apiError(404, 10013, 'Unknown User');
export const unknownWebhook = (): RestReply => apiError(404, 10015, 'Unknown Webhook');
export const unknownInteraction = (): RestReply => apiError(404, 10062, 'Unknown interaction');
export const alreadyAcknowledged = (): RestReply => apiError(400, 40060, 'Interaction has already been acknowledged.');
export const emptyMessage = (): RestReply => apiError(400, 50006, 'Cannot send an empty message');

/** 50035 with the nested `errors` object Discord uses, e.g. invalidFormBody('content', 'Must be 2000 or fewer…'). */
export function invalidFormBody(field: string, message: string): RestReply {
  const errors = field
    .split('.')
    .reduceRight<unknown>((inner, key) => ({ [key]: inner }), { _errors: [{ code: 'BASE_TYPE_INVALID', message }] });
  return apiError(400, 50035, 'Invalid Form Body', errors);
}

/** The body Discord sends with a status the bot did not cause, used by failNext. */
export function errorForStatus(status: number): RestReply {
  switch (status) {
    case 401:
      return unauthorized();
    case 403:
      return apiError(403, 50013, 'Missing Permissions');
    case 404:
      return notFound();
    case 400:
      return apiError(400, 50035, 'Invalid Form Body');
    default:
      return apiError(status, 0, `${status}: Stand-in failure`);
  }
}
