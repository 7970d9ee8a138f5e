// A local stand-in for the OpenAI chat-completions API. The network is closed in tests, so the OpenAI path is
// exercised with the real `openai` SDK pointed at this server (`new OpenAI({ baseURL: standIn.baseURL })`).
// Each test scripts the replies and inspects the requests the SDK actually sent.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StandInReply =
  | { kind: 'json'; content: unknown } // 200; the message content is JSON.stringify(content)
  | { kind: 'text'; content: string } // 200; the message content is this raw string (e.g. malformed JSON)
  | { kind: 'status'; status: number; body?: unknown } // an HTTP error; body defaults to an OpenAI-style error
  | { kind: 'delay'; ms: number; then: StandInReply }; // waits, then replies (to test client timeouts)

export interface StandInRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: any; // arbitrary JSON as sent by the client (or the raw text if it did not parse)
}

export interface OpenAiStandIn {
  baseURL: string;
  requests: StandInRequest[];
  reply(next: StandInReply | ((body: any) => StandInReply)): void;
  close(): Promise<void>;
}

const DEFAULT_REPLY: StandInReply = { kind: 'json', content: { sentences: [], notInFacts: true } };

function errorBody(status: number, message: string): unknown {
  const type = status >= 500 ? 'server_error' : 'invalid_request_error';
  return { error: { message, type, code: null } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return; // the client gave up (e.g. timed out) while we were waiting
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function completion(model: unknown, content: string, body: any): unknown {
  const promptTokens = Math.ceil(JSON.stringify(body?.messages ?? []).length / 4);
  const completionTokens = Math.ceil(content.length / 4);
  return {
    id: `chatcmpl-standin${Math.random().toString(36).slice(2, 12)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: typeof model === 'string' ? model : 'unknown',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startOpenAiStandIn(): Promise<OpenAiStandIn> {
  const requests: StandInRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let next: StandInReply | ((body: any) => StandInReply) = DEFAULT_REPLY;

  const respond = (res: ServerResponse, reply: StandInReply, body: any): void => {
    switch (reply.kind) {
      case 'json':
        return send(res, 200, completion(body?.model, JSON.stringify(reply.content), body));
      case 'text':
        return send(res, 200, completion(body?.model, reply.content, body));
      case 'status':
        return send(res, reply.status, reply.body ?? errorBody(reply.status, `Stand-in error ${reply.status}`));
      case 'delay': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          respond(res, reply.then, body);
        }, reply.ms);
        timers.add(timer);
        return;
      }
    }
  };

  const server = createServer((req, res) => {
    void readBody(req)
      .then((body) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        requests.push({ path, headers: req.headers, body });
        if (req.method !== 'POST' || path !== '/v1/chat/completions') {
          return send(res, 404, errorBody(404, `Unknown request URL: ${req.method ?? 'GET'} ${path}`));
        }
        respond(res, typeof next === 'function' ? next(body) : next, body);
      })
      .catch((error: unknown) => send(res, 500, errorBody(500, `Stand-in failed: ${String(error)}`)));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reply(reply) {
      next = reply;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // includes sockets still waiting on a delayed reply
      });
    },
  };
}

function userContent(body: any): string {
  const content = ((body?.messages ?? []) as { content?: unknown }[]).at(-1)?.content;
  return typeof content === 'string' ? content : '';
}

/** The question a request asks: the text buildMessages fences between <question> tags. */
export function askedQuestion(body: any): string | undefined {
  return /<question>\n([\s\S]*)\n<\/question>$/.exec(userContent(body))?.[1];
}

/** The ids of the facts a request gives the model, one JSON line each under "Facts:". */
export function factIdsSent(body: any): string[] {
  const lines = /^Facts:\n([\s\S]*?)\n\n<question>/.exec(userContent(body))?.[1]?.split('\n') ?? [];
  return lines.map((line) => (JSON.parse(line) as { id: string }).id);
}

/** Replies scripted per question, for `standIn.reply(byQuestion({ ... }))`; any other question gets `otherwise`. */
export function byQuestion(replies: Record<string, StandInReply>, otherwise: StandInReply = DEFAULT_REPLY): (body: any) => StandInReply {
  const scripted = new Map(Object.entries(replies));
  return (body) => scripted.get(askedQuestion(body) ?? '') ?? otherwise;
}

/** A grounded model answer: one sentence that names its source and cites the fact it rests on. */
export const RESIGNED_ANSWER = {
  sentences: [{ text: 'The article reports that the government resigned in response to the unrest.', factIds: ['government.resigned'] }],
  notInFacts: false,
};
