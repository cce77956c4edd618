// The HTTP server: GraphQL (Apollo Server 5 on Express 5) at /graphql, the bundled
// GraphiQL playground at GET /graphql for browsers, the explorer at /explore, and a
// health check at /health. Everything it serves is local: nothing comes from a CDN.
//
// Hardening (issue 12): every error outside a resolver is a JSON GraphQL error
// (http-errors.ts); requests fail fast while Neo4j is down and never run past
// KG_REQUEST_TIMEOUT_MS (request-guard.ts, neo4j-watch.ts); slow or idle connections are
// closed by the HTTP server's timeouts; mutations can be rate-limited per client
// (mutation-rate.ts) and run one at a time (mutation-queue.ts).
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { HttpSettings, httpSettings, PROJECT_ROOT } from '../config';
import type { Graph } from '../graph/driver';
import { complexityPlugin } from '../graphql/guards/complexity';
import { createContext, RequestContext } from '../graphql/context';
import { depthLimitRule } from '../graphql/guards/depth-limit';
import { formatError } from '../graphql/errors';
import { LIMITS } from '../graphql/guards/limits';
import { buildGraphQLSchema } from '../graphql/schema';
import { logger } from '../logger';
import { jsonErrorHandler, notFoundHandler, onClientError, sendError } from './http-errors';
import { mutationQueuePlugin } from './mutation-queue';
import { expressClasses } from './express-classes';
import { CLIENT_ADDRESS, mutationRatePlugin } from './mutation-rate';
import { Neo4jWatch, Neo4jWatchOptions } from './neo4j-watch';
import { requestGuard } from './request-guard';

export interface ServerOptions {
  graph: Graph;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  /** Token the mutations require; undefined disables them. */
  apiToken?: string;
  /** Where the built web assets are (dist/public by default). */
  publicDir?: string;
  /** Connection timeouts and the mutation rate (httpSettings() from the environment by default). */
  http?: Partial<HttpSettings>;
  /** Longest a GraphQL request may take before it is answered TIMEOUT (KG_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** How often Neo4j is checked (tests make it quicker). */
  neo4jWatch?: Neo4jWatchOptions;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** The Node HTTP server (tests read its timeouts and connection count). */
  httpServer: http.Server;
  stop(): Promise<void>;
}

export const DEFAULT_PUBLIC_DIR = path.join(PROJECT_ROOT, 'dist', 'public');

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { graph } = options;
  const host = options.host ?? '127.0.0.1';
  const publicDir = options.publicDir ?? DEFAULT_PUBLIC_DIR;
  const schema = buildGraphQLSchema();
  const settings: HttpSettings = { ...httpSettings(), ...options.http };
  const requestTimeoutMs = options.requestTimeoutMs ?? LIMITS.requestTimeoutMs;

  const app = express();
  app.disable('x-powered-by');
  // No ETag on responses: hashing every GraphQL answer costs time on each request and no
  // client revalidates POSTed queries (the static files get theirs from express.static).
  app.set('etag', false);
  const httpServer = createHttpServer(app, settings, requestTimeoutMs);

  const watch = new Neo4jWatch(graph, options.neo4jWatch);
  const guard = requestGuard(watch, requestTimeoutMs);

  const apollo = createApollo(schema, httpServer, settings);
  await apollo.start();
  watch.start();

  mountPagesAndHealth(app, watch, publicDir);

  app.use(
    '/graphql',
    onlyGetAndJsonPost,
    express.json({ limit: LIMITS.maxBodyBytes }),
    guard.middleware,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const context = createContext(graph, options.apiToken, req.headers.authorization);
        // For the mutation rate limit, which the GraphQL context type does not know about.
        return Object.assign(context, { [CLIENT_ADDRESS]: req.socket.remoteAddress });
      },
    }),
  );
  app.use(notFoundHandler({ '/': ['GET'], '/graphql': ['GET', 'POST'], '/health': ['GET'] }));
  app.use(jsonErrorHandler);

  const port = options.port ?? 4000;
  await listen(httpServer, apollo, host, port);
  const address = httpServer.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/graphql`;
  logger.info({ url, mutations: options.apiToken ? 'enabled (KG_API_TOKEN)' : 'disabled (KG_API_TOKEN unset)' }, 'GraphQL server listening');

  let stopped: Promise<void> | undefined;
  return {
    url,
    httpServer,
    stop: () =>
      (stopped ??= (async () => {
        watch.stop();
        guard.close();
        await apollo.stop();
        logger.info({ url }, 'GraphQL server stopped');
      })()),
  };
}

/**
 * Connections that stall are closed, so that slow or idle clients cannot hold the server:
 * the headers must arrive within headersTimeout (a client trickling them, slowloris-style,
 * is cut off), the whole request within requestTimeout, an idle keep-alive connection is
 * closed after keepAliveTimeout, a silent socket after `timeout`, and connections beyond
 * maxConnections are refused. Node checks the first two every connectionsCheckingInterval.
 */
function createHttpServer(app: express.Express, settings: HttpSettings, requestTimeoutMs: number): http.Server {
  const httpServer = http.createServer({ ...expressClasses(app), connectionsCheckingInterval: Math.min(1_000, settings.headersTimeoutMs) }, app);
  httpServer.headersTimeout = settings.headersTimeoutMs;
  httpServer.requestTimeout = Math.max(settings.headersTimeoutMs, requestTimeoutMs + 5_000);
  httpServer.keepAliveTimeout = settings.keepAliveTimeoutMs;
  httpServer.timeout = requestTimeoutMs + 5_000;
  httpServer.maxConnections = settings.maxConnections;
  httpServer.on('clientError', onClientError);
  return httpServer;
}

function createApollo(schema: GraphQLSchema, httpServer: http.Server, settings: HttpSettings): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    validationRules: [depthLimitRule(LIMITS.maxQueryDepth)],
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts handles SIGINT/SIGTERM: it stops this server, then closes the driver.
    stopOnTerminationSignals: false,
    // Cache control is off: nothing sets cache hints, and its per-field hook costs time on
    // every resolved field of every request.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(schema),
      ...(settings.mutationRate ? [mutationRatePlugin(settings.mutationRate, settings.limitLoopback)] : []),
      // A safety net only: a mutation keeps the queue until it has finished (the driver's
      // retries included), however long after its client got an answer.
      mutationQueuePlugin(5 * 60_000),
    ],
  });
}

/** The health check, the redirect to /graphql, the playground for browsers and the static pages. */
function mountPagesAndHealth(app: express.Express, watch: Neo4jWatch, publicDir: string): void {
  // A public health check says up or down; why it is down goes to the log (neo4j-watch.ts).
  app.get('/health', async (_req, res) => {
    const up = await watch.check();
    if (up) res.json({ status: 'ok', neo4j: 'up' });
    else {
      if (up === undefined) logger.warn('health check: Neo4j did not answer within 2 s');
      res.status(503).json({ status: 'degraded', neo4j: 'down' });
    }
  });
  app.get('/', (_req, res) => res.redirect('/graphql'));

  // Browsers asking for /graphql get the playground; API clients fall through to Apollo.
  const playground = path.join(publicDir, 'graphiql', 'index.html');
  app.get('/graphql', (req, res, next) => {
    // `accepts` picks the first of the list the client prefers: a browser says text/html,
    // curl's */* or a script's application/json pick JSON.
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (!fs.existsSync(playground)) {
      logger.warn({ missing: playground }, 'the GraphiQL playground is not built: run `npm run build`');
      sendError(res, 404, 'NOT_FOUND', 'the GraphiQL playground is not built on this server (`npm run build`); the API answers POST requests here');
      return;
    }
    res.sendFile(playground);
  });
  app.use('/graphiql', express.static(path.join(publicDir, 'graphiql'), { index: false, fallthrough: true }));
  app.use('/explore', express.static(path.join(publicDir, 'explore')));
}

/** Listens, or stops Apollo and says in words why the port could not be taken. */
async function listen(httpServer: http.Server, apollo: ApolloServer<RequestContext>, host: string, port: number): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await apollo.stop();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`cannot listen on ${host}:${port}: the port is in use (another npm start?); stop that process or set PORT to a free port`, { cause: err });
    if (code === 'EACCES') throw new Error(`cannot listen on ${host}:${port}: permission denied; set PORT to a port above 1023`, { cause: err });
    throw err;
  }
}

/**
 * /graphql takes GET (queries in the URL) and POST with a JSON body; any other method is
 * 405, a POST of anything but JSON 415. (Refusing form and text bodies outright is also
 * what keeps browsers' simple cross-site POSTs out; Apollo's CSRF check still guards GET.)
 */
const onlyGetAndJsonPost: express.RequestHandler = (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
    sendError(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not served here; send a GET or a POST`, { Allow: 'GET, POST' });
    return;
  }
  // The header itself, not req.is(): that says "no" for an empty body, which Apollo answers
  // better ("POST body missing").
  if (req.method === 'POST' && !/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'send the GraphQL request as JSON: Content-Type: application/json');
    return;
  }
  next();
};
