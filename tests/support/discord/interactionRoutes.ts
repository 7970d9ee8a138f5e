// How the bot answers interactions: the callback (reply, defer, update, autocomplete choices, modal) and the
// interaction webhook behind editReply, followUp, fetchReply and deleteReply. Discord's rules that bots trip over are
// kept: one callback per interaction, follow-ups only after it, response types that fit the interaction, and a
// follow-up to a deferred reply replaces the "thinking…" message.
import { ApplicationCommandType, InteractionResponseType, InteractionType, MessageFlags, MessageType } from 'discord.js';
import type { APIMessageInteractionMetadata } from 'discord.js';
import { announceCreated, announceDeleted, announceUpdated } from './messageEvents.js';
import { editMessage, messageFromBody, validateMessageBody } from './messageFromBody.js';
import type { StoredMessage } from './messageStore.js';
import type { InteractionCallback, InteractionRecord } from './pendingInteractions.js';
import type { RecordedFile } from './readRequestBody.js';
import { alreadyAcknowledged, invalidFormBody, noContent, ok, unknownInteraction, unknownMessage } from './restReplies.js';
import { unknownWebhook } from './restReplies.js';
import type { RestReply } from './restReplies.js';
import { route } from './restRoutes.js';
import type { Route } from './restRoutes.js';
import type { World } from './world.js';

const ALLOWED_RESPONSES: Record<number, InteractionResponseType[]> = {
  [InteractionType.Ping]: [InteractionResponseType.Pong],
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

export function interactionRoutes(world: World): Route[] {
  const webhookRecord = (applicationId: string, token: string): InteractionRecord | undefined =>
    applicationId === world.applicationId ? world.interactions.byToken(token) : undefined;

  const originalType = (record: InteractionRecord): MessageType => {
    const { payload } = record;
    if (payload.type !== InteractionType.ApplicationCommand) return MessageType.Default;
    return payload.data.type === ApplicationCommandType.ChatInput ? MessageType.ChatInputCommand : MessageType.ContextMenuCommand;
  };

  const postAsApplication = (record: InteractionRecord, body: any, files: RecordedFile[], type: MessageType): StoredMessage => {
    const { payload } = record;
    const user = payload.member?.user ?? payload.user;
    const metadata = {
      id: payload.id,
      type: payload.type,
      user,
      authorizing_integration_owners: payload.authorizing_integration_owners,
      ...(payload.type === InteractionType.ApplicationCommand ? { name: payload.data.name } : {}),
      ...(record.originalId === undefined ? {} : { original_response_message_id: record.originalId }),
    } as APIMessageInteractionMetadata;
    const origin = {
      channelId: payload.channel_id ?? '',
      author: world.botUser,
      type,
      webhookId: world.applicationId,
      interactionMetadata: metadata,
    };
    const message = messageFromBody(body, files, origin, world.nextId);
    const ephemeral = ((body?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    world.messages.add(message, { ephemeral });
    if (!ephemeral) announceCreated(world, message);
    return message;
  };

  const edit = (message: StoredMessage, body: any, files: RecordedFile[]): RestReply => {
    const invalid = validateMessageBody(body, files, 'edit');
    if (invalid) return invalid;
    editMessage(message, body, files, world.nextId);
    message.flags = ((message.flags ?? 0) & ~MessageFlags.Loading) as MessageFlags;
    if (!world.messages.isEphemeral(message.id)) announceUpdated(world, message);
    return ok(message);
  };

  /** Applies a callback; returns an error reply, or the message it created or edited (if any). */
  const respond = (
    record: InteractionRecord,
    callback: InteractionCallback,
    files: RecordedFile[],
  ): RestReply | StoredMessage | undefined => {
    const { payload } = record;
    const data = callback.data;
    if (!ALLOWED_RESPONSES[payload.type]?.includes(callback.type)) {
      return invalidFormBody('type', `Response type ${callback.type} is not valid for interaction type ${payload.type}`);
    }
    switch (callback.type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const invalid = validateMessageBody(data, files, 'create');
        if (invalid) return invalid;
        const message = postAsApplication(record, data, files, originalType(record));
        record.originalId = message.id;
        return message;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = MessageFlags.Loading | ((data?.flags ?? 0) & MessageFlags.Ephemeral);
        const message = postAsApplication(record, { content: '', flags }, [], originalType(record));
        record.originalId = message.id;
        return message;
      }
      case InteractionResponseType.UpdateMessage: {
        const message = 'message' in payload && payload.message ? world.messages.get(payload.message.id) : undefined;
        if (!message) return unknownMessage();
        const edited = edit(message, data, files);
        if (edited.status !== 200) return edited;
        record.originalId = message.id;
        return message;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const choices: { name: string; value: unknown }[] = data?.choices ?? [];
        if (choices.length > 25) return invalidFormBody('data.choices', 'Must be 25 or fewer in length.');
        const bad = choices.findIndex((choice) => choice.name.length < 1 || choice.name.length > 100);
        if (bad >= 0) return invalidFormBody(`data.choices.${bad}.name`, 'Must be between 1 and 100 in length.');
        return undefined;
      }
      case InteractionResponseType.Modal:
        if (typeof data?.custom_id !== 'string' || typeof data?.title !== 'string') {
          return invalidFormBody('data', 'A modal needs a custom_id and a title.');
        }
        return undefined;
      default:
        return undefined;
    }
  };

  const callbackResponse = (record: InteractionRecord, callback: InteractionCallback, message: StoredMessage | undefined) => ({
    interaction: {
      id: record.payload.id,
      type: record.payload.type,
      ...(message === undefined
        ? {}
        : {
            response_message_id: message.id,
            response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
            response_message_ephemeral: world.messages.isEphemeral(message.id),
          }),
    },
    resource: { type: callback.type, ...(message === undefined ? {} : { message }) },
  });

  const webhookMessage = (record: InteractionRecord, messageId: string): StoredMessage | undefined => {
    const id = messageId === '@original' ? record.originalId : messageId;
    const owned = id !== undefined && (id === record.originalId || record.followUpIds.includes(id));
    return owned ? world.messages.get(id) : undefined;
  };

  return [
    route('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, ({ params: [id = '', token = ''], query, body, files }) => {
      const record = world.interactions.get(id);
      if (!record || record.payload.token !== token) return unknownInteraction();
      if (record.callback) return alreadyAcknowledged();
      const callback: InteractionCallback = { type: body?.type, ...(body?.data === undefined ? {} : { data: body.data }) };
      const outcome = respond(record, callback, files);
      if (outcome && 'status' in outcome) return outcome;
      world.interactions.acknowledge(record, callback);
      return query.get('with_response') === 'true' ? ok(callbackResponse(record, callback, outcome)) : noContent();
    }),
    route('POST', /^\/webhooks\/(\d+)\/([^/]+)$/, ({ params: [applicationId = '', token = ''], body, files }) => {
      const record = webhookRecord(applicationId, token);
      if (!record?.callback) return unknownWebhook();
      const original = record.originalId === undefined ? undefined : world.messages.get(record.originalId);
      if (original && ((original.flags ?? 0) & MessageFlags.Loading) !== 0) return edit(original, body, files);
      const invalid = validateMessageBody(body, files, 'create');
      if (invalid) return invalid;
      const message = postAsApplication(record, body, files, MessageType.Default);
      record.followUpIds.push(message.id);
      return ok(message);
    }),
    route(
      'GET',
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      ({ params: [applicationId = '', token = '', messageId = ''] }) => {
        const record = webhookRecord(applicationId, token);
        if (!record) return unknownWebhook();
        const message = webhookMessage(record, messageId);
        return message ? ok(message) : unknownMessage();
      },
    ),
    route(
      'PATCH',
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      ({ params: [applicationId = '', token = '', messageId = ''], body, files }) => {
        const record = webhookRecord(applicationId, token);
        if (!record) return unknownWebhook();
        const message = webhookMessage(record, messageId);
        return message ? edit(message, body, files) : unknownMessage();
      },
    ),
    route(
      'DELETE',
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      ({ params: [applicationId = '', token = '', messageId = ''] }) => {
        const record = webhookRecord(applicationId, token);
        if (!record) return unknownWebhook();
        const message = webhookMessage(record, messageId);
        if (!message) return unknownMessage();
        const ephemeral = world.messages.isEphemeral(message.id);
        world.messages.remove(message.id);
        if (!ephemeral) announceDeleted(world, message);
        return noContent();
      },
    ),
  ];
}
