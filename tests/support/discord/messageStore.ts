// Every message the stand-in knows, whoever posted it: the bot over REST, an interaction reply, or a user through
// sendMessage. Ephemeral replies are kept too (the bot can fetch and edit them) but are not in channel history.
import type { APIMessage } from 'discord.js';
import { forgetOldest } from './forgetOldest.js';

export type StoredMessage = APIMessage;

interface Entry {
  message: StoredMessage;
  ephemeral: boolean;
}

export interface MessageStore {
  add(message: StoredMessage, options?: { ephemeral?: boolean }): void;
  get(id: string): StoredMessage | undefined;
  isEphemeral(id: string): boolean;
  /** A message that the channel shows (not ephemeral), or undefined. */
  inChannel(channelId: string, id: string): StoredMessage | undefined;
  /** The channel's history, oldest first. */
  list(channelId: string): StoredMessage[];
  remove(id: string): StoredMessage | undefined;
  pin(channelId: string, id: string): void;
  unpin(channelId: string, id: string): void;
  /** Ids of the channel's pinned messages, most recently pinned first (Discord's order). */
  pins(channelId: string): string[];
  pinnedAt(id: string): string | undefined;
}

/** Keeps the latest `limit` messages, pinned ones whatever their age. */
export function createMessageStore(limit = Infinity): MessageStore {
  const entries = new Map<string, Entry>();
  const pinsByChannel = new Map<string, string[]>();
  const pinTimes = new Map<string, string>();

  const inChannel = (channelId: string, id: string): StoredMessage | undefined => {
    const entry = entries.get(id);
    return entry && !entry.ephemeral && entry.message.channel_id === channelId ? entry.message : undefined;
  };
  const pins = (channelId: string): string[] => pinsByChannel.get(channelId) ?? [];

  return {
    add(message, options = {}) {
      entries.set(message.id, { message, ephemeral: options.ephemeral ?? false });
      forgetOldest(entries, limit, (id) => pinTimes.has(id));
    },
    get: (id) => entries.get(id)?.message,
    isEphemeral: (id) => entries.get(id)?.ephemeral ?? false,
    inChannel,
    list: (channelId) =>
      [...entries.values()].filter((entry) => !entry.ephemeral && entry.message.channel_id === channelId).map((entry) => entry.message),
    remove(id) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      entries.delete(id);
      pinsByChannel.set(
        entry.message.channel_id,
        pins(entry.message.channel_id).filter((pinned) => pinned !== id),
      );
      return entry.message;
    },
    pin(channelId, id) {
      const message = inChannel(channelId, id);
      if (!message) return;
      message.pinned = true;
      pinTimes.set(id, new Date().toISOString());
      pinsByChannel.set(channelId, [id, ...pins(channelId).filter((pinned) => pinned !== id)]);
    },
    unpin(channelId, id) {
      const message = inChannel(channelId, id);
      if (message) message.pinned = false;
      pinTimes.delete(id);
      pinsByChannel.set(
        channelId,
        pins(channelId).filter((pinned) => pinned !== id),
      );
    },
    pins,
    pinnedAt: (id) => pinTimes.get(id),
  };
}
