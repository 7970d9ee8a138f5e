// A local stand-in for Discord. The network is closed in tests, so the bot runs its real discord.js Client against
// this server: REST under /api/v10 and the gateway WebSocket on the same port. Tests act as users (slash commands,
// buttons, messages), then read what the bot did: the REST requests it made, the messages and pins it left.
//
//   const standIn = await startDiscordStandIn({ applicationId, botUser, guilds, token: 'test-token' });
//   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl } });
//   await client.login('test-token'); await standIn.ready();
//   const reply = await standIn.interact({ kind: 'slash', name: 'ask', options: { question: '…' }, guildId, channelId });
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayDispatchEvents } from 'discord.js';
import type { APIApplicationCommand, APIInteraction, APIUser, GatewayIdentifyData } from 'discord.js';
import { applicationRoutes } from './applicationRoutes.js';
import { createGateway, shardOf } from './gateway.js';
import { apiUser, guildCreate } from './guildPayloads.js';
import type { StandInGuild, StandInUser } from './guildPayloads.js';
import { buildInteraction, DEFAULT_USER } from './interactionPayloads.js';
import type { InteractionInput } from './interactionPayloads.js';
import { interactionRoutes } from './interactionRoutes.js';
import { announceCreated } from './messageEvents.js';
import { messageFromBody } from './messageFromBody.js';
import { messageRoutes } from './messageRoutes.js';
import type { StoredMessage } from './messageStore.js';
import type { InteractionCallback } from './pendingInteractions.js';
import { readRequestBody } from './readRequestBody.js';
import type { RecordedFile } from './readRequestBody.js';
import { createRestFaults } from './restFaults.js';
import type { RestFaults } from './restFaults.js';
import { notFound, unauthorized } from './restReplies.js';
import type { RestReply } from './restReplies.js';
import { findRoute } from './restRoutes.js';
import { createWorld } from './world.js';

export type { StandInChannel, StandInGuild, StandInRole, StandInUser } from './guildPayloads.js';
export { DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS } from './guildPayloads.js';
export type { InteractionInput, InteractionWhere, OptionValue } from './interactionPayloads.js';
export { DEFAULT_USER } from './interactionPayloads.js';
export type { StoredMessage } from './messageStore.js';
export type { InteractionCallback } from './pendingInteractions.js';
export type { RecordedFile } from './readRequestBody.js';

export interface StandInOptions {
  applicationId: string;
  botUser: StandInUser;
  guilds: StandInGuild[];
  token?: string; // when given, IDENTIFY and bot-authenticated REST calls must carry it
  heartbeatIntervalMs?: number; // sent in HELLO; Discord's usual 41 250 ms by default
  interactionTimeoutMs?: number; // how long interact() waits for the callback; Discord's 3 s by default
  /**
   * How many requests, messages and interactions the stand-in remembers; past it the oldest are forgotten. Everything
   * by default, for tests that look back; the benchmark sends tens of thousands, and a stand-in that kept them all
   * would spend a growing share of the machine collecting its own garbage.
   */
  history?: number;
}

export interface RecordedRequest {
  method: string;
  path: string; // after /api/v10, without the query: /interactions/1/abc/callback
  query: Record<string, string>;
  body: any; // parsed JSON; for multipart requests the payload_json part
  files: RecordedFile[]; // the files of a multipart request
  headers: Record<string, string>;
  status: number; // what the stand-in answered (a 429 retry shows as two requests)
}

/** The interaction callback the bot POSTed ({ type, data }), with the interaction it answered. */
export interface InteractionResult extends InteractionCallback {
  interaction: APIInteraction;
}

export interface SendMessageInput {
  guildId: string;
  channelId: string;
  content: string;
  author?: StandInUser; // DEFAULT_USER when left out
  mentions?: StandInUser[]; // users mentioned in the content; include the bot user to mention the bot
  roles?: string[]; // the author's roles
}

export interface DiscordStandIn {
  apiUrl: string; // http://127.0.0.1:PORT/api, for `rest: { api }`
  gatewayUrl: string;
  applicationId: string;
  botUser: APIUser;
  requests: RecordedRequest[];
  readonly identifyCount: number;
  readonly resumeCount: number;
  readonly lastIdentify: GatewayIdentifyData | undefined;
  /** Resolves once a client has identified (or resumed) and been sent READY and its guilds; with `shards`, that many shards. */
  ready(timeoutMs?: number, shards?: number): Promise<void>;
  /** Dispatches INTERACTION_CREATE and resolves with the bot's callback; rejects if none comes in time. */
  interact(input: InteractionInput, options?: { timeoutMs?: number }): Promise<InteractionResult>;
  /** A user posts in a channel: the message is stored and MESSAGE_CREATE dispatched (as the bot's intents allow). */
  sendMessage(input: SendMessageInput): Promise<StoredMessage>;
  /** The first recorded request (past or future) that matches. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  channelMessages(channelId: string): StoredMessage[];
  /** Any message by id, ephemeral interaction replies included. */
  message(id: string): StoredMessage | undefined;
  pins(channelId: string): string[];
  commands(guildId?: string): APIApplicationCommand[];
  rateLimitNext: RestFaults['rateLimitNext'];
  failNext: RestFaults['failNext'];
  /** Closes the bot's gateway connection with a resumable code (4000 by default; 1006 cuts the TCP connection). */
  dropConnection(code?: number, shardId?: number): void;
  /** Closes the gateway connection with this code and ends the session, e.g. 4004 authentication failed. */
  closeWith(code: number, shardId?: number): void;
  close(): Promise<void>;
}

interface RequestWaiter {
  predicate(request: RecordedRequest): boolean;
  resolve(request: RecordedRequest): void;
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
  );
}

function writeReply(res: ServerResponse, reply: RestReply): void {
  const json = reply.body === undefined ? undefined : JSON.stringify(reply.body);
  res.writeHead(reply.status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...reply.headers });
  res.end(json);
}

export async function startDiscordStandIn(options: StandInOptions): Promise<DiscordStandIn> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `127.0.0.1:${port}`;
  const gatewayUrl = `ws://${base}`;

  const history = options.history ?? Infinity;
  const world = createWorld({ ...options, history }, (event, data) => gateway.dispatch(event, data));
  const gateway = createGateway(server, {
    url: gatewayUrl,
    token: options.token,
    botUserId: world.botUser.id,
    history,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    readyPayload: (sessionId, shard) => ({
      v: 10,
      user: world.botUser,
      guilds: [...world.guilds.keys()].filter((id) => shardOf(id, shard[1]) === shard[0]).map((id) => ({ id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: gatewayUrl,
      shard,
      application: { id: world.applicationId, flags: 0 },
    }),
    afterReady: (shard) =>
      [...world.guilds.values()]
        .filter((entry) => shardOf(entry.definition.id, shard[1]) === shard[0])
        .map((entry) => ({ event: GatewayDispatchEvents.GuildCreate, data: guildCreate(entry, world.botUser) })),
  });
  const routes = [...applicationRoutes(world, gatewayUrl), ...messageRoutes(world), ...interactionRoutes(world)];
  const faults = createRestFaults();
  const requests: RecordedRequest[] = [];
  let requestWaiters: RequestWaiter[] = [];

  const authorize = (path: string, headers: Record<string, string>): RestReply | undefined => {
    if (/^\/(interactions|webhooks)\//.test(path)) return undefined; // authenticated by the interaction token
    const authorization = headers.authorization ?? '';
    const valid = options.token === undefined ? authorization.startsWith('Bot ') : authorization === `Bot ${options.token}`;
    return valid ? undefined : unauthorized();
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${base}`);
      const method = req.method ?? 'GET';
      const { body, files } = await readRequestBody(req);
      const headers = flatHeaders(req);
      const pathname = decodeURIComponent(url.pathname); // discord.js sends @original as %40original
      const versioned = pathname.startsWith('/api/v10/');
      const path = versioned ? pathname.slice('/api/v10'.length) : pathname;
      const found = versioned ? findRoute(routes, method, path) : undefined;
      const reply =
        faults.take(method, path) ??
        authorize(path, headers) ??
        found?.route.handle({ params: found.params, query: url.searchParams, body, files }) ??
        notFound();
      const recorded = { method, path, query: Object.fromEntries(url.searchParams), body, files, headers, status: reply.status };
      requests.push(recorded);
      if (requests.length > 2 * history) requests.splice(0, requests.length - history);
      const matched = requestWaiters.filter((waiter) => waiter.predicate(recorded));
      requestWaiters = requestWaiters.filter((waiter) => !matched.includes(waiter));
      for (const waiter of matched) waiter.resolve(recorded);
      writeReply(res, reply);
    })().catch((error: unknown) => {
      writeReply(res, { status: 500, body: { message: `Stand-in error: ${String(error)}`, code: 0 } });
    });
  });

  const requireSession = (action: string): void => {
    if (!gateway.hasSession()) throw new Error(`Stand-in: cannot ${action} before a bot has identified; await ready() first`);
  };

  return {
    apiUrl: `http://${base}/api`,
    gatewayUrl,
    applicationId: world.applicationId,
    botUser: world.botUser,
    requests,
    get identifyCount() {
      return gateway.identifyCount;
    },
    get resumeCount() {
      return gateway.resumeCount;
    },
    get lastIdentify() {
      return gateway.lastIdentify;
    },
    ready: (timeoutMs = 10_000, shards?: number) => gateway.ready(timeoutMs, shards),

    async interact(input, interactOptions = {}) {
      const guild = world.guilds.get(input.guildId);
      if (!guild) throw new Error(`Stand-in: unknown guild ${input.guildId}`);
      requireSession('interact');
      const payload = buildInteraction(input, {
        applicationId: world.applicationId,
        botUser: world.botUser,
        nextId: world.nextId,
        guild,
        commands: world.commands,
        shownModal: (customId) => world.interactions.shownModal(customId),
      });
      const user = payload.member?.user ?? payload.user;
      if (user) world.users.set(user.id, user);
      const timeoutMs = interactOptions.timeoutMs ?? options.interactionTimeoutMs ?? 3_000;
      const answered = world.interactions.add(payload, timeoutMs);
      gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
      return { ...(await answered), interaction: payload };
    },

    async sendMessage(input) {
      if (world.guildOfChannel(input.channelId)?.definition.id !== input.guildId) {
        throw new Error(`Stand-in: channel ${input.channelId} is not in guild ${input.guildId}`);
      }
      requireSession('send a message');
      const author = apiUser(input.author ?? DEFAULT_USER);
      world.users.set(author.id, author);
      const message = messageFromBody({ content: input.content }, [], { channelId: input.channelId, author }, world.nextId);
      message.mentions = (input.mentions ?? []).map(apiUser);
      world.messages.add(message);
      announceCreated(world, message, input.roles ?? []);
      return message;
    },

    waitForRequest(predicate, timeoutMs = 3_000) {
      const earlier = requests.find(predicate);
      if (earlier) return Promise.resolve(earlier);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          requestWaiters = requestWaiters.filter((waiter) => waiter !== entry);
          reject(new Error(`Stand-in: no matching REST request within ${timeoutMs} ms`));
        }, timeoutMs);
        const entry: RequestWaiter = {
          predicate,
          resolve: (request) => {
            clearTimeout(timer);
            resolve(request);
          },
        };
        requestWaiters.push(entry);
      });
    },
    channelMessages: (channelId) => world.messages.list(channelId),
    message: (id) => world.messages.get(id),
    pins: (channelId) => [...world.messages.pins(channelId)],
    commands: (guildId) => world.commands.list(guildId),
    rateLimitNext: (method, pathPattern, retryAfterMs) => faults.rateLimitNext(method, pathPattern, retryAfterMs),
    failNext: (method, pathPattern, status, failOptions) => faults.failNext(method, pathPattern, status, failOptions),
    dropConnection: (code = 4000, shardId?: number) => gateway.dropConnection(code, shardId),
    closeWith: (code, shardId?: number) => gateway.closeWith(code, shardId),

    async close() {
      world.interactions.rejectAll('closed before the bot answered');
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
