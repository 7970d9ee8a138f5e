// Interactions the stand-in dispatched, and what the bot did with them. A test awaits the first callback (Discord
// gives the bot 3 seconds for it); later webhook calls (editReply, followUp) find the interaction by its token.
import type { APIInteraction } from 'discord.js';
import { forgetOldest } from './forgetOldest.js';

export interface InteractionCallback {
  type: number; // an InteractionResponseType
  data?: any;
}

export interface InteractionRecord {
  payload: APIInteraction;
  callback?: InteractionCallback;
  originalId?: string; // the message the reply created, or that a component update edited
  followUpIds: string[];
}

export interface PendingInteractions {
  /** Registers a dispatched interaction; the promise settles with its callback, or rejects after timeoutMs. */
  add(payload: APIInteraction, timeoutMs: number): Promise<InteractionCallback>;
  get(id: string): InteractionRecord | undefined;
  byToken(token: string): InteractionRecord | undefined;
  acknowledge(record: InteractionRecord, callback: InteractionCallback): void;
  /** The latest modal (callback type 9) the bot showed with this custom id. */
  shownModal(customId: string): any;
  rejectAll(reason: string): void;
}

interface Waiter {
  resolve(callback: InteractionCallback): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** Remembers the latest `limit` interactions; one still waiting for its callback is never forgotten. */
export function createPendingInteractions(limit = Infinity): PendingInteractions {
  const records = new Map<string, InteractionRecord>();
  const waiters = new Map<string, Waiter>();
  const modals = new Map<string, any>();

  return {
    add(payload, timeoutMs) {
      records.set(payload.id, { payload, followUpIds: [] });
      forgetOldest(records, limit, (id) => waiters.has(id));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(payload.id);
          reject(new Error(`Stand-in: the bot did not answer interaction ${payload.id} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.set(payload.id, { resolve, reject, timer });
      });
    },
    get: (id) => records.get(id),
    byToken: (token) => [...records.values()].find((record) => record.payload.token === token),
    acknowledge(record, callback) {
      record.callback = callback;
      if (callback.type === 9 && typeof callback.data?.custom_id === 'string') modals.set(callback.data.custom_id, callback.data);
      const waiter = waiters.get(record.payload.id);
      if (!waiter) return;
      clearTimeout(waiter.timer);
      waiters.delete(record.payload.id);
      waiter.resolve(callback);
    },
    shownModal: (customId) => modals.get(customId),
    rejectAll(reason) {
      for (const waiter of waiters.values()) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error(`Stand-in: ${reason}`));
      }
      waiters.clear();
    },
  };
}
