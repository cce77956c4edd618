// Request and response classes for Node's HTTP server that already are what Express makes
// of every request, so that Express no longer changes the prototype of each request and
// response it handles.
//
// Why: Express's app.handle calls Object.setPrototypeOf(req, app.request) and
// (res, app.response) on every request, and an object whose prototype changes after it was
// made is kept by V8's young-generation collector instead of let go. Made by a class that
// extends Node's own, with the Express prototype behind it, each request is born with the
// prototype Express sets, and its setPrototypeOf does nothing (V8 returns early when the
// prototype is already the one asked for). Measurements: docs/performance.md.
import http from 'node:http';
import type { Express } from 'express';

export interface ExpressClasses {
  IncomingMessage: typeof http.IncomingMessage;
  ServerResponse: typeof http.ServerResponse;
}

/**
 * Returns the classes to pass to http.createServer for `app`, and makes them `app`'s request
 * and response prototypes. Call once per app, before it serves.
 */
export function expressClasses(app: Express): ExpressClasses {
  class ApiRequest extends http.IncomingMessage {}
  class ApiResponse extends http.ServerResponse {}
  // The chain becomes ApiRequest.prototype → app.request → express.request →
  // IncomingMessage.prototype: nothing of Express's is copied, only put behind the class.
  // Done once here, on the prototype objects, not on each request.
  Object.setPrototypeOf(ApiRequest.prototype, app.request);
  Object.setPrototypeOf(ApiResponse.prototype, app.response);
  app.request = ApiRequest.prototype as Express['request'];
  app.response = ApiResponse.prototype as Express['response'];
  return { IncomingMessage: ApiRequest, ServerResponse: ApiResponse as typeof http.ServerResponse };
}
