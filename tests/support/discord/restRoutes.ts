// A REST route is a method, a path pattern (the path after /api/v10, without the query) and a handler. Handlers are
// synchronous: the stand-in's state is in memory, and answering in order keeps test timelines easy to follow.
import type { RecordedFile } from './readRequestBody.js';
import type { RestReply } from './restReplies.js';

export interface RouteRequest {
  params: string[]; // the pattern's capture groups, in order
  query: URLSearchParams;
  body: any;
  files: RecordedFile[];
}

export interface Route {
  method: string;
  pattern: RegExp;
  handle(request: RouteRequest): RestReply;
}

export const route = (method: string, pattern: RegExp, handle: Route['handle']): Route => ({ method, pattern, handle });

export function findRoute(routes: Route[], method: string, path: string): { route: Route; params: string[] } | undefined {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (match) return { route: candidate, params: match.slice(1).map((param) => param ?? '') };
  }
  return undefined;
}
