// Turns what the bot POSTs or PATCHes into the message Discord would store, and refuses what Discord refuses
// (over-long content, too many embeds, empty messages), so a reply that Discord would reject fails here too.
import { MessageType } from 'discord.js';
import type { APIAttachment, APIEmbed, APIMessageInteractionMetadata, APIUser, MessageFlags } from 'discord.js';
import type { StoredMessage } from './messageStore.js';
import type { NextSnowflake } from './snowflakes.js';
import type { RecordedFile } from './readRequestBody.js';
import { emptyMessage, invalidFormBody } from './restReplies.js';
import type { RestReply } from './restReplies.js';

export interface MessageOrigin {
  channelId: string;
  author: APIUser;
  type?: MessageType;
  webhookId?: string; // interaction replies and follow-ups are webhook messages of the application
  interactionMetadata?: APIMessageInteractionMetadata;
  referencedMessage?: StoredMessage;
}

export function validateMessageBody(body: any, files: RecordedFile[], mode: 'create' | 'edit'): RestReply | undefined {
  const content: unknown = body?.content;
  if (typeof content === 'string' && content.length > 2000) {
    return invalidFormBody('content', 'Must be 2000 or fewer in length.');
  }
  const embeds: APIEmbed[] = Array.isArray(body?.embeds) ? body.embeds : [];
  if (embeds.length > 10) return invalidFormBody('embeds', 'Must be 10 or fewer in length.');
  for (const [index, embed] of embeds.entries()) {
    if ((embed.title?.length ?? 0) > 256) return invalidFormBody(`embeds.${index}.title`, 'Must be 256 or fewer in length.');
    if ((embed.description?.length ?? 0) > 4096) {
      return invalidFormBody(`embeds.${index}.description`, 'Must be 4096 or fewer in length.');
    }
    if ((embed.fields?.length ?? 0) > 25) return invalidFormBody(`embeds.${index}.fields`, 'Must be 25 or fewer in length.');
  }
  if (embeds.reduce((total, embed) => total + embedLength(embed), 0) > 6000) {
    return invalidFormBody('embeds', 'Embed size exceeds maximum size of 6000');
  }
  const invalidComponents = validateComponents(body?.components);
  if (invalidComponents !== undefined) return invalidComponents;
  const hasComponents = Array.isArray(body?.components) && body.components.length > 0;
  const hasSomething = (typeof content === 'string' && content.trim() !== '') || embeds.length > 0 || hasComponents;
  if (mode === 'create' && !hasSomething && files.length === 0 && !body?.sticker_ids?.length && !body?.poll) {
    return emptyMessage();
  }
  return undefined;
}

/** Discord's limits on message components that a reply could break: rows, buttons per row, and unique custom ids. */
function validateComponents(rows: unknown): RestReply | undefined {
  if (!Array.isArray(rows)) return undefined;
  if (rows.length > 5) return invalidFormBody('components', 'Must be 5 or fewer in length.');
  const customIds = new Set<string>();
  for (const [rowIndex, row] of rows.entries()) {
    const components: any[] = Array.isArray(row?.components) ? row.components : [];
    if (components.length > 5) return invalidFormBody(`components.${rowIndex}.components`, 'Must be 5 or fewer in length.');
    for (const [index, component] of components.entries()) {
      const customId: unknown = component?.custom_id;
      if (typeof customId !== 'string') continue;
      const where = `components.${rowIndex}.components.${index}.custom_id`;
      if (customId.length > 100) return invalidFormBody(where, 'Must be 100 or fewer in length.');
      if (customIds.has(customId)) return invalidFormBody(where, 'Component custom id cannot be duplicated');
      customIds.add(customId);
    }
  }
  return undefined;
}

function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((total, field) => total + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}

function attachmentsFrom(files: RecordedFile[], nextId: NextSnowflake, channelId: string): APIAttachment[] {
  return files.map((file) => {
    const id = nextId();
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
    return { id, filename: file.name, size: file.size, url, proxy_url: url, content_type: file.contentType };
  });
}

export function messageFromBody(body: any, files: RecordedFile[], origin: MessageOrigin, nextId: NextSnowflake): StoredMessage {
  const id = nextId();
  const reference = origin.referencedMessage;
  return {
    id,
    channel_id: origin.channelId,
    author: origin.author,
    content: typeof body?.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body?.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: attachmentsFrom(files, nextId, origin.channelId),
    embeds: Array.isArray(body?.embeds) ? body.embeds.map((embed: APIEmbed) => ({ type: 'rich', ...embed })) : [],
    components: Array.isArray(body?.components) ? body.components : [],
    pinned: false,
    type: origin.type ?? (reference ? MessageType.Reply : MessageType.Default),
    flags: (typeof body?.flags === 'number' ? body.flags : 0) as MessageFlags,
    ...(origin.webhookId === undefined ? {} : { webhook_id: origin.webhookId, application_id: origin.webhookId }),
    ...(origin.interactionMetadata === undefined ? {} : { interaction_metadata: origin.interactionMetadata }),
    ...(reference === undefined
      ? {}
      : {
          message_reference: { type: 0, message_id: reference.id, channel_id: reference.channel_id },
          referenced_message: reference,
        }),
  };
}

/** Applies a PATCH in place: only the fields the bot sent change, as on Discord. */
export function editMessage(message: StoredMessage, body: any, files: RecordedFile[], nextId: NextSnowflake): void {
  if (typeof body?.content === 'string' || body?.content === null) message.content = body.content ?? '';
  if (Array.isArray(body?.embeds)) message.embeds = body.embeds.map((embed: APIEmbed) => ({ type: 'rich', ...embed }));
  if (Array.isArray(body?.components)) message.components = body.components;
  if (typeof body?.flags === 'number') message.flags = body.flags as MessageFlags;
  if (Array.isArray(body?.attachments)) {
    const kept = new Set(body.attachments.map((attachment: { id: unknown }) => String(attachment.id)));
    message.attachments = message.attachments.filter((attachment) => kept.has(attachment.id));
  }
  message.attachments = [...message.attachments, ...attachmentsFrom(files, nextId, message.channel_id)];
  message.edited_timestamp = new Date().toISOString();
}
