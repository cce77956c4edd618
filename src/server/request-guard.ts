// Bounds on every GraphQL request, whatever its resolvers do:
// - while Neo4j is down (Neo4jWatch), a request is answered at once with
//   SERVICE_UNAVAILABLE (503) instead of waiting for the driver's retries;
// - the requests already running when Neo4j goes down are answered the same way then;
// - a request still running after KG_REQUEST_TIMEOUT_MS is answered TIMEOUT (504).
// The work behind an answered request may still finish (the driver stops retrying after its
// own limit); its late answer is dropped. A mutation answered this way may therefore have
// been stored or not: ingestArticle sent again says `unchanged` when it was.
import type { RequestHandler, Response } from 'express';
import { sendError } from './http-errors';
import type { Neo4jWatch } from './neo4j-watch';

export const UNAVAILABLE_MESSAGE = 'the graph database is not reachable; try again shortly (operators: see the server log)';

export interface RequestGuard {
  middleware: RequestHandler;
  /** Requests being worked on now. */
  readonly pending: number;
  close(): void;
}

export function requestGuard(watch: Neo4jWatch, timeoutMs: number): RequestGuard {
  const running = new Set<Response>();
  const unavailable = (res: Response) => sendError(res, 503, 'SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE, { 'Retry-After': '1' });

  const onChange = (state: string) => {
    if (state !== 'down') return;
    for (const res of running) unavailable(res);
    running.clear();
  };
  watch.on('change', onChange);

  const middleware: RequestHandler = (_req, res, next) => {
    if (!watch.up) {
      unavailable(res);
      return;
    }
    running.add(res);
    const timer = setTimeout(() => {
      running.delete(res);
      sendError(res, 504, 'TIMEOUT', `the request took longer than ${timeoutMs} ms and was stopped; ask for less`);
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      running.delete(res);
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };

  return {
    middleware,
    get pending() {
      return running.size;
    },
    close: () => {
      watch.off('change', onChange);
    },
  };
}
