// One log line per HTTP request once its answer is sent: method, path, GraphQL operation
// name (when there is one), status and milliseconds. Answers that are errors are logged
// too, at the same level, so that the line count is the request count.
import type { RequestHandler } from 'express';
import type { Logger } from '../logger';

// `query Name(…` / `mutation Name {…`: the first named operation of a document, for
// clients that send no operationName.
const NAMED_OPERATION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** The operation a GraphQL request names: its operationName, else the first named operation of its document. */
export function operationName(body: unknown, query: unknown): string | undefined {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : query && typeof query === 'object' ? (query as Record<string, unknown>) : undefined;
  if (!source) return undefined;
  if (typeof source.operationName === 'string' && source.operationName) return source.operationName;
  if (typeof source.query !== 'string') return undefined;
  return NAMED_OPERATION.exec(source.query)?.[2];
}

/** The fields of a request's line, under the key `http` (pretty logs show the message only). */
export interface RequestLine {
  method: string;
  path: string;
  operation?: string;
  status: number;
  ms: number;
}

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    // at LOG_LEVEL=warn (the benches) a request costs nothing more
    if (!logger.isLevelEnabled('info')) return next();
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = req.originalUrl.split('?')[0];
      const operation = path === '/graphql' ? operationName(req.body, req.query) : undefined;
      const http: RequestLine = { method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 };
      if (operation) http.operation = operation;
      logger.info({ http }, `${req.method} ${path}${operation ? ` ${operation}` : ''} ${res.statusCode} ${http.ms} ms`);
    });
    next();
  };
}
