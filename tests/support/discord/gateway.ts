// The gateway side of the stand-in: the WebSocket protocol @discordjs/ws speaks to Discord. Its defaults (checked in
// @discordjs/ws 1.2 and discord.js 14.28) are JSON text frames without compression: discord.js asks for zlib-stream
// only when the optional zlib-sync package is installed, and then this stand-in refuses the connection loudly.
//
// Protocol kept: HELLO, heartbeat → ACK, IDENTIFY (token checked, else close 4004) → READY + GUILD_CREATE per guild,
// numbered dispatches kept per session, RESUME (op 6) → missed dispatches replayed → RESUMED, and an unknown session
// answered with INVALID_SESSION (op 9) so the client identifies afresh.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import type { GatewayIdentifyData, GatewayResumeData } from 'discord.js';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { shapeForIntents } from './intents.js';

export interface GatewayOptions {
  url: string; // what READY names as resume_gateway_url
  token: string | undefined;
  botUserId: string;
  heartbeatIntervalMs: number;
  /** READY's data for a new session, and the dispatches that follow it (GUILD_CREATE per guild). */
  readyPayload(sessionId: string): unknown;
  afterReady(): { event: GatewayDispatchEvents; data: unknown }[];
}

export interface Gateway {
  readonly identifyCount: number;
  readonly resumeCount: number;
  readonly lastIdentify: GatewayIdentifyData | undefined;
  hasSession(): boolean;
  ready(timeoutMs: number): Promise<void>;
  /** Sends a dispatch to the bot, or keeps it for replay while the bot is disconnected; needs a session. */
  dispatch(event: GatewayDispatchEvents, data: unknown): void;
  dropConnection(code: number): void;
  closeWith(code: number): void;
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

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

export function createGateway(server: Server, options: GatewayOptions): Gateway {
  const sockets = new WebSocketServer({ server });
  let session: Session | undefined;
  let socket: WebSocket | undefined; // the connection the bot currently uses
  let authenticated = false; // the current connection has identified or resumed
  let waiters: Waiter[] = [];
  let identifyCount = 0;
  let resumeCount = 0;
  let lastIdentify: GatewayIdentifyData | undefined;

  const send = (target: WebSocket, payload: object): void => {
    if (target.readyState === target.OPEN) target.send(JSON.stringify(payload));
  };
  const settleWaiters = (error?: Error): void => {
    const settled = waiters;
    waiters = [];
    for (const waiter of settled) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  };

  const dispatch = (event: GatewayDispatchEvents, data: unknown): void => {
    if (!session) return;
    const shaped = shapeForIntents(event, data, session.intents, options.botUserId);
    if (shaped === undefined) return;
    // A snapshot: a message edited later must not change what a RESUME replays.
    const payload: Dispatch = { op: GatewayOpcodes.Dispatch, t: event, s: ++session.sequence, d: structuredClone(shaped) };
    session.sent.push(payload);
    if (socket && authenticated) send(socket, payload);
  };

  const identify = (connection: WebSocket, data: GatewayIdentifyData): void => {
    if (options.token !== undefined && data.token !== options.token) {
      connection.close(4004, 'Authentication failed.');
      return;
    }
    identifyCount++;
    lastIdentify = data;
    session = { id: randomUUID().replaceAll('-', ''), intents: Number(data.intents), sequence: 0, sent: [] };
    authenticated = true;
    dispatch(GatewayDispatchEvents.Ready, options.readyPayload(session.id));
    for (const { event, data: eventData } of options.afterReady()) dispatch(event, eventData);
    settleWaiters();
  };

  const resume = (connection: WebSocket, data: GatewayResumeData): void => {
    const tokenMatches = options.token === undefined || data.token === options.token;
    if (!session || session.id !== data.session_id || !tokenMatches) {
      send(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    resumeCount++;
    for (const missed of session.sent.filter((payload) => payload.s > data.seq)) send(connection, missed);
    authenticated = true;
    dispatch(GatewayDispatchEvents.Resumed, {});
    settleWaiters();
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
    socket?.terminate();
    socket = connection;
    authenticated = false;
    let identified = false;

    connection.on('message', (raw) => {
      const payload = JSON.parse(raw.toString());
      switch (payload.op) {
        case GatewayOpcodes.Heartbeat:
          send(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
          break;
        case GatewayOpcodes.Identify:
        case GatewayOpcodes.Resume:
          if (identified) {
            connection.close(4005, 'Already authenticated.');
            break;
          }
          identified = true;
          if (payload.op === GatewayOpcodes.Identify) identify(connection, payload.d);
          else resume(connection, payload.d);
          break;
        default:
          break; // presence updates, member requests: accepted and ignored
      }
    });
    connection.on('close', (code) => {
      if (socket !== connection) return;
      socket = undefined;
      authenticated = false;
      if (code === 1000 || code === 1001) session = undefined; // a clean close ends the session, as on Discord
    });
    send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: options.heartbeatIntervalMs }, s: null, t: null });
  });

  const current = (): WebSocket => {
    if (!socket) throw new Error('Stand-in gateway: no bot is connected');
    return socket;
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
    hasSession: () => session !== undefined,
    ready(timeoutMs) {
      if (socket && authenticated) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter !== entry);
          reject(new Error(`Stand-in gateway: no bot became ready within ${timeoutMs} ms (identified ${identifyCount} times)`));
        }, timeoutMs);
        const entry: Waiter = {
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
    dispatch,
    dropConnection(code) {
      const connection = current();
      authenticated = false;
      // 1006 (abnormal closure) cannot be sent in a close frame; cutting the TCP connection produces it.
      if (code === 1006) connection.terminate();
      else connection.close(code);
    },
    closeWith(code) {
      const connection = current();
      authenticated = false;
      session = undefined;
      connection.close(code);
    },
    close() {
      settleWaiters(new Error('Stand-in gateway: closed'));
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}
