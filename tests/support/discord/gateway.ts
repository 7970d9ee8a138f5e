// The gateway side of the stand-in: the WebSocket protocol @discordjs/ws speaks to Discord. Its defaults (checked in
// @discordjs/ws 1.2 and discord.js 14.28) are JSON text frames without compression: discord.js asks for zlib-stream
// only when the optional zlib-sync package is installed, and then this stand-in refuses the connection loudly.
//
// Protocol kept: HELLO, heartbeat → ACK, IDENTIFY (token checked, else close 4004) → READY + GUILD_CREATE per guild,
// numbered dispatches kept per session, RESUME (op 6) → missed dispatches replayed → RESUMED, and an unknown session
// answered with INVALID_SESSION (op 9) so the client identifies afresh. Each shard ([id, count] in IDENTIFY) has its own
// connection and session, gets only its guilds, and receives the events of those guilds, as on Discord.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import type { GatewayIdentifyData, GatewayResumeData } from 'discord.js';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { shapeForIntents } from './intents.js';

export type ShardInfo = [id: number, count: number];

export interface GatewayOptions {
  url: string; // what READY names as resume_gateway_url
  token: string | undefined;
  botUserId: string;
  heartbeatIntervalMs: number;
  /** How many dispatches a session keeps for a RESUME to replay (Discord, too, keeps only recent ones). */
  history: number;
  /** READY's data for a new session of a shard, and the dispatches that follow it (GUILD_CREATE per guild). */
  readyPayload(sessionId: string, shard: ShardInfo): unknown;
  afterReady(shard: ShardInfo): { event: GatewayDispatchEvents; data: unknown }[];
}

export interface Gateway {
  readonly identifyCount: number;
  readonly resumeCount: number;
  readonly lastIdentify: GatewayIdentifyData | undefined;
  hasSession(): boolean;
  /** Resolves once `shards` shards (default: every shard that has connected, at least one) are identified or resumed. */
  ready(timeoutMs: number, shards?: number): Promise<void>;
  /** Sends a dispatch to the shard that owns its guild (shard 0 without one), or keeps it for replay while that shard is away. */
  dispatch(event: GatewayDispatchEvents, data: unknown): void;
  dropConnection(code: number, shardId?: number): void;
  closeWith(code: number, shardId?: number): void;
  close(): void;
}

interface Dispatch {
  op: GatewayOpcodes.Dispatch;
  t: GatewayDispatchEvents;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  intents: number;
  sequence: number;
  sent: Dispatch[];
}

/** One shard's link to the bot: its session, and the connection it currently uses. */
interface Shard {
  info: ShardInfo;
  session: Session | undefined;
  socket: WebSocket | undefined;
  authenticated: boolean;
}

interface Waiter {
  shards: number | undefined;
  resolve(): void;
  reject(error: Error): void;
}

/** Discord's rule for which shard a guild belongs to. */
export const shardOf = (guildId: string, count: number): number => Number((BigInt(guildId) >> 22n) % BigInt(count));

export function createGateway(server: Server, options: GatewayOptions): Gateway {
  const sockets = new WebSocketServer({ server });
  const shards = new Map<number, Shard>();
  let waiters: Waiter[] = [];
  let identifyCount = 0;
  let resumeCount = 0;
  let lastIdentify: GatewayIdentifyData | undefined;

  const send = (target: WebSocket, payload: object): void => {
    if (target.readyState === target.OPEN) target.send(JSON.stringify(payload));
  };
  const authenticatedCount = (): number => [...shards.values()].filter((shard) => shard.socket && shard.authenticated).length;
  const isReady = (wanted: number | undefined): boolean => {
    const count = authenticatedCount();
    return wanted === undefined ? count > 0 && count === [...shards.values()].filter((shard) => shard.socket).length : count >= wanted;
  };
  const settleWaiters = (error?: Error): void => {
    const remaining: Waiter[] = [];
    for (const waiter of waiters) {
      if (error) waiter.reject(error);
      else if (isReady(waiter.shards)) waiter.resolve();
      else remaining.push(waiter);
    }
    waiters = remaining;
  };

  const dispatchTo = (shard: Shard, event: GatewayDispatchEvents, data: unknown): void => {
    const { session } = shard;
    if (!session) return;
    const shaped = shapeForIntents(event, data, session.intents, options.botUserId);
    if (shaped === undefined) return;
    // A snapshot: a message edited later must not change what a RESUME replays.
    const payload: Dispatch = { op: GatewayOpcodes.Dispatch, t: event, s: ++session.sequence, d: structuredClone(shaped) };
    session.sent.push(payload);
    if (session.sent.length > 2 * options.history) session.sent.splice(0, session.sent.length - options.history);
    if (shard.socket && shard.authenticated) send(shard.socket, payload);
  };

  const ownerOf = (data: unknown): Shard | undefined => {
    const guildId = typeof data === 'object' && data !== null && 'guild_id' in data ? (data as { guild_id?: unknown }).guild_id : undefined;
    const all = [...shards.values()];
    if (typeof guildId !== 'string') return shards.get(0) ?? all[0];
    return all.find((shard) => shardOf(guildId, shard.info[1]) === shard.info[0]);
  };

  const identify = (connection: WebSocket, data: GatewayIdentifyData): Shard | undefined => {
    if (options.token !== undefined && data.token !== options.token) {
      connection.close(4004, 'Authentication failed.');
      return undefined;
    }
    identifyCount++;
    lastIdentify = data;
    const info: ShardInfo = data.shard === undefined ? [0, 1] : [data.shard[0], data.shard[1]];
    const previous = shards.get(info[0]);
    if (previous?.socket && previous.socket !== connection) previous.socket.terminate();
    const shard: Shard = {
      info,
      session: { id: randomUUID().replaceAll('-', ''), intents: Number(data.intents), sequence: 0, sent: [] },
      socket: connection,
      authenticated: true,
    };
    shards.set(info[0], shard);
    dispatchTo(shard, GatewayDispatchEvents.Ready, options.readyPayload(shard.session?.id ?? '', info));
    for (const { event, data: eventData } of options.afterReady(info)) dispatchTo(shard, event, eventData);
    settleWaiters();
    return shard;
  };

  const resume = (connection: WebSocket, data: GatewayResumeData): Shard | undefined => {
    const tokenMatches = options.token === undefined || data.token === options.token;
    const shard = [...shards.values()].find((candidate) => candidate.session?.id === data.session_id);
    if (!shard?.session || !tokenMatches) {
      send(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return undefined;
    }
    resumeCount++;
    if (shard.socket && shard.socket !== connection) shard.socket.terminate();
    shard.socket = connection;
    for (const missed of shard.session.sent.filter((payload) => payload.s > data.seq)) send(connection, missed);
    shard.authenticated = true;
    dispatchTo(shard, GatewayDispatchEvents.Resumed, {});
    settleWaiters();
    return shard;
  };

  sockets.on('connection', (connection, request) => {
    const query = new URL(request.url ?? '/', 'ws://stand-in').searchParams;
    const refusal =
      query.get('compress') !== null
        ? `compression (${query.get('compress')}) is not supported; the stand-in speaks plain JSON`
        : (query.get('encoding') ?? 'json') !== 'json'
          ? `encoding ${query.get('encoding')} is not supported; the stand-in speaks JSON`
          : undefined;
    if (refusal) {
      connection.close(4012, refusal.slice(0, 120)); // 4012: not retried by @discordjs/ws
      settleWaiters(new Error(`Stand-in gateway: ${refusal}`));
      return;
    }
    let shard: Shard | undefined;

    connection.on('message', (raw) => {
      const payload = JSON.parse(raw.toString());
      switch (payload.op) {
        case GatewayOpcodes.Heartbeat:
          send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
          break;
        case GatewayOpcodes.Identify:
        case GatewayOpcodes.Resume:
          if (shard) {
            connection.close(4005, 'Already authenticated.');
            break;
          }
          shard = payload.op === GatewayOpcodes.Identify ? identify(connection, payload.d) : resume(connection, payload.d);
          break;
        default:
          break; // presence updates, member requests: accepted and ignored
      }
    });
    connection.on('close', (code) => {
      if (!shard || shard.socket !== connection) return;
      shard.socket = undefined;
      shard.authenticated = false;
      if (code === 1000 || code === 1001) shard.session = undefined; // a clean close ends the session, as on Discord
    });
    send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: options.heartbeatIntervalMs }, s: null, t: null });
  });

  const connected = (shardId: number | undefined): Shard & { socket: WebSocket } => {
    const shard = shardId === undefined ? [...shards.values()].find((candidate) => candidate.socket) : shards.get(shardId);
    if (!shard?.socket) throw new Error(`Stand-in gateway: no bot is connected${shardId === undefined ? '' : ` on shard ${shardId}`}`);
    return shard as Shard & { socket: WebSocket };
  };

  return {
    get identifyCount() {
      return identifyCount;
    },
    get resumeCount() {
      return resumeCount;
    },
    get lastIdentify() {
      return lastIdentify;
    },
    hasSession: () => [...shards.values()].some((shard) => shard.session !== undefined),
    ready(timeoutMs, wanted) {
      if (isReady(wanted)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter !== entry);
          reject(new Error(`Stand-in gateway: no bot became ready within ${timeoutMs} ms (identified ${identifyCount} times)`));
        }, timeoutMs);
        const entry: Waiter = {
          shards: wanted,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        waiters.push(entry);
      });
    },
    dispatch(event, data) {
      const shard = ownerOf(data);
      if (shard) dispatchTo(shard, event, data);
    },
    dropConnection(code, shardId) {
      const shard = connected(shardId);
      shard.authenticated = false;
      // 1006 (abnormal closure) cannot be sent in a close frame; cutting the TCP connection produces it.
      if (code === 1006) shard.socket.terminate();
      else shard.socket.close(code);
    },
    closeWith(code, shardId) {
      const shard = connected(shardId);
      shard.authenticated = false;
      shard.session = undefined;
      shard.socket.close(code);
    },
    close() {
      settleWaiters(new Error('Stand-in gateway: closed'));
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}
