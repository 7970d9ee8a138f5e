// Channel routes: the bot posts, fetches, edits, deletes and pins messages. Both pin routes are served, the current
// one (/messages/pins, used by discord.js 14.28) and the deprecated /pins one.
import { announceCreated, announceDeleted, announcePins, announceUpdated } from './messageEvents.js';
import { editMessage, messageFromBody, validateMessageBody } from './messageFromBody.js';
import type { StoredMessage } from './messageStore.js';
import { apiChannel } from './guildPayloads.js';
import { apiError, invalidFormBody, noContent, ok, unknownChannel, unknownMessage } from './restReplies.js';
import type { RestReply } from './restReplies.js';
import { route } from './restRoutes.js';
import type { Route } from './restRoutes.js';
import type { World } from './world.js';

export function messageRoutes(world: World): Route[] {
  const channelExists = (channelId: string): boolean => world.guildOfChannel(channelId) !== undefined;
  const withMessage = (channelId: string, messageId: string, then: (message: StoredMessage) => RestReply): RestReply => {
    if (!channelExists(channelId)) return unknownChannel();
    const message = world.messages.inChannel(channelId, messageId);
    return message ? then(message) : unknownMessage();
  };
  const pin = ([channelId = '', messageId = '']: string[]): RestReply =>
    withMessage(channelId, messageId, () => {
      world.messages.pin(channelId, messageId);
      announcePins(world, channelId);
      return noContent();
    });
  const unpin = ([channelId = '', messageId = '']: string[]): RestReply =>
    withMessage(channelId, messageId, () => {
      world.messages.unpin(channelId, messageId);
      announcePins(world, channelId);
      return noContent();
    });
  const pinned = (channelId: string): StoredMessage[] =>
    world.messages.pins(channelId).flatMap((id) => world.messages.inChannel(channelId, id) ?? []);

  return [
    route('GET', /^\/channels\/(\d+)$/, ({ params: [channelId = ''] }) => {
      const guild = world.guildOfChannel(channelId);
      const index = guild?.definition.channels.findIndex((channel) => channel.id === channelId) ?? -1;
      const channel = guild?.definition.channels[index];
      return guild && channel ? ok(apiChannel(channel, guild.definition.id, index)) : unknownChannel();
    }),
    route('POST', /^\/channels\/(\d+)\/messages$/, ({ params: [channelId = ''], body, files }) => {
      if (!channelExists(channelId)) return unknownChannel();
      const invalid = validateMessageBody(body, files, 'create');
      if (invalid) return invalid;
      const referenceId: unknown = body?.message_reference?.message_id;
      const referenced = typeof referenceId === 'string' ? world.messages.inChannel(channelId, referenceId) : undefined;
      if (typeof referenceId === 'string' && !referenced && body.message_reference.fail_if_not_exists !== false) {
        return invalidFormBody('message_reference', 'Unknown message');
      }
      const origin = { channelId, author: world.botUser, ...(referenced ? { referencedMessage: referenced } : {}) };
      const message = messageFromBody(body, files, origin, world.nextId);
      world.messages.add(message);
      announceCreated(world, message);
      return ok(message);
    }),
    route('GET', /^\/channels\/(\d+)\/messages$/, ({ params: [channelId = ''], query }) => {
      if (!channelExists(channelId)) return unknownChannel();
      const limit = Number(query.get('limit') ?? 50);
      const before = query.get('before');
      const after = query.get('after');
      const newestFirst = world.messages
        .list(channelId)
        .filter(
          (message) => (before === null || BigInt(message.id) < BigInt(before)) && (after === null || BigInt(message.id) > BigInt(after)),
        )
        .reverse();
      return ok(newestFirst.slice(0, limit));
    }),
    route('GET', /^\/channels\/(\d+)\/messages\/pins$/, ({ params: [channelId = ''] }) => {
      if (!channelExists(channelId)) return unknownChannel();
      const items = pinned(channelId).map((message) => ({ pinned_at: world.messages.pinnedAt(message.id), message }));
      return ok({ items, has_more: false });
    }),
    route('GET', /^\/channels\/(\d+)\/pins$/, ({ params: [channelId = ''] }) =>
      channelExists(channelId) ? ok(pinned(channelId)) : unknownChannel(),
    ),
    route('PUT', /^\/channels\/(\d+)\/messages\/pins\/(\d+)$/, ({ params }) => pin(params)),
    route('PUT', /^\/channels\/(\d+)\/pins\/(\d+)$/, ({ params }) => pin(params)),
    route('DELETE', /^\/channels\/(\d+)\/messages\/pins\/(\d+)$/, ({ params }) => unpin(params)),
    route('DELETE', /^\/channels\/(\d+)\/pins\/(\d+)$/, ({ params }) => unpin(params)),
    route('GET', /^\/channels\/(\d+)\/messages\/(\d+)$/, ({ params: [channelId = '', messageId = ''] }) =>
      withMessage(channelId, messageId, ok),
    ),
    route('PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, ({ params: [channelId = '', messageId = ''], body, files }) =>
      withMessage(channelId, messageId, (message) => {
        if (message.author.id !== world.botUser.id) {
          return apiError(403, 50005, 'Cannot edit a message authored by another user');
        }
        const invalid = validateMessageBody(body, files, 'edit');
        if (invalid) return invalid;
        editMessage(message, body, files, world.nextId);
        announceUpdated(world, message);
        return ok(message);
      }),
    ),
    route('DELETE', /^\/channels\/(\d+)\/messages\/(\d+)$/, ({ params: [channelId = '', messageId = ''] }) =>
      withMessage(channelId, messageId, (message) => {
        world.messages.remove(message.id);
        announceDeleted(world, message);
        return noContent();
      }),
    ),
  ];
}
