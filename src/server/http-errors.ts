// Every error the HTTP layer answers itself (outside a GraphQL resolver) has the shape of a
// GraphQL-over-HTTP request error: `{ errors: [{ message, extensions: { code } }] }`, JSON,
// with the fitting HTTP status. Never Express's HTML page, never a stack trace or a file
// path: the details an operator needs go to the log.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { logger } from '../logger';

export interface HttpErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

export function errorBody(code: string, message: string): HttpErrorBody {
  return { errors: [{ message, extensions: { code } }] };
}

/** Answers `status` with one JSON error, unless an answer already went out. */
export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  if (status < 500) logger.info({ status, code, method: res.req.method, path: res.req.path }, 'client error');
  res.status(status).set(headers).type('application/json').send(JSON.stringify(errorBody(code, message)));
}

/** body-parser's error `type`s → what the client did wrong. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'the request body is not valid JSON (send {"query": "...", "variables": {...}})' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'the request body is larger than the server accepts' },
  'entity.verify.failed': { status: 400, code: 'BAD_REQUEST', message: 'the request body was refused' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'the request body ended early' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'the request body is shorter or longer than its Content-Length' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'the request body must be UTF-8 JSON' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'the request body uses a Content-Encoding the server does not read (use identity, gzip, deflate or br)' },
  'parameters.too.many': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'the request has too many parameters' },
};

/**
 * The last error middleware: body-parser failures get their own status; an error after the
 * answer went out (a request the deadline or an outage already answered) is dropped; the
 * rest is an internal error whose detail stays in the log.
 */
export const jsonErrorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  if (res.headersSent) {
    logger.debug({ err, method: req.method, path: req.path }, 'error after the answer was sent (dropped)');
    return;
  }
  const e = err as { type?: string; status?: number; code?: string; limit?: number; body?: string };
  const known = e?.type ? BODY_ERRORS[e.type] : undefined;
  if (known) {
    const message =
      e.type === 'entity.too.large' && e.limit
        ? `${known.message} (at most ${e.limit} bytes)`
        : e.type === 'entity.parse.failed' && isJson(e.body)
          ? 'the request body is JSON but not an object; send an object: {"query": "...", "variables": {...}}'
          : known.message;
    sendError(res, known.status, known.code, message);
    return;
  }
  // zlib's errors (a gzip body that is not gzip) come through body-parser with status 400.
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    sendError(res, e.status, 'BAD_REQUEST', 'the request could not be read');
    return;
  }
  logger.error({ err, method: req.method, path: req.path }, 'unexpected error in the HTTP layer');
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'internal error (see the server log)');
};

/**
 * After every route: a known path asked with a method it does not serve is 405 (with
 * Allow), anything else 404.
 */
export function notFoundHandler(allowed: Record<string, string[]>): RequestHandler {
  return (req, res) => {
    const methods = allowed[req.path];
    if (methods) {
      sendError(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not served here; use ${methods.join(' or ')}`, { Allow: methods.join(', ') });
      return;
    }
    sendError(res, 404, 'NOT_FOUND', 'nothing is served at this path; the GraphQL API is POST /graphql');
  };
}

/**
 * Node's own answer to a request it cannot parse (bad request line, headers too large,
 * headers not sent in time) is a bare status line; this gives it the JSON body too, then
 * closes the connection.
 */
export function onClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  const { status, code, message } =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? { status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', message: 'the request headers are too large' }
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? { status: 408, code: 'REQUEST_TIMEOUT', message: 'the request was not received in time' }
        : { status: 400, code: 'BAD_REQUEST', message: 'the request is not valid HTTP' };
  if (err.code === 'ECONNRESET' || !socket.writable || (socket as { _httpMessage?: http.ServerResponse })._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(errorBody(code, message));
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/** body-parser refuses JSON that is not an object or array (a bare string, number, null) as "not valid". */
function isJson(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
