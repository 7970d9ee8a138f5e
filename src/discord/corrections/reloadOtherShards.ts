import type { Client } from 'discord.js';

/** Emitted on a shard's client when another shard's admin reloaded the facts. */
export const RELOAD_EVENT = 'factdeskReloadFacts';

/**
 * Each shard answers from its own copy of the store, so a reload asked for on one shard is passed to the others
 * through the sharding manager; each then corrects the earlier answers of its own servers.
 */
export async function reloadOtherShards(client: Client): Promise<number> {
  const shard = client.shard;
  if (shard === null) return 0;
  const others = Array.from({ length: shard.count }, (_, id) => id).filter((id) => !shard.ids.includes(id));
  await Promise.all(
    others.map((id) =>
      shard.broadcastEval(
        (other, event) => {
          other.emit(event as never);
        },
        { shard: id, context: RELOAD_EVENT },
      ),
    ),
  );
  return others.length;
}
