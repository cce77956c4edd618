// The HTTP server: GraphQL (Apollo Server 5 on Express 5) at /graphql, the bundled
// GraphiQL playground at GET /graphql for browsers, the explorer at /explore, and a
// health check at /health. Everything it serves is local: nothing comes from a CDN.
import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { PROJECT_ROOT } from '../config';
import type { Graph } from '../graph/driver';
import { complexityPlugin } from '../graphql/complexity';
import { createContext, RequestContext } from '../graphql/context';
import { depthLimitRule } from '../graphql/depth-limit';
import { formatError } from '../graphql/errors';
import { LIMITS } from '../graphql/limits';
import { buildGraphQLSchema } from '../graphql/schema';
import { logger } from '../logger';

export interface ServerOptions {
  graph: Graph;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  /** Token the mutations require; undefined disables them. */
  apiToken?: string;
  /** Where the built web assets are (dist/public by default). */
  publicDir?: string;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  stop(): Promise<void>;
}

export const DEFAULT_PUBLIC_DIR = path.join(PROJECT_ROOT, 'dist', 'public');

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { graph } = options;
  const host = options.host ?? '127.0.0.1';
  const publicDir = options.publicDir ?? DEFAULT_PUBLIC_DIR;
  const schema = buildGraphQLSchema();

  const app = express();
  app.disable('x-powered-by');
  // No ETag on responses: hashing every GraphQL answer costs time on each request and no
  // client revalidates POSTed queries (the static files get theirs from express.static).
  app.set('etag', false);
  const httpServer = http.createServer(app);
  // Close connections that stall; the GraphQL request budget is enforced inside.
  httpServer.requestTimeout = LIMITS.requestTimeoutMs + 5_000;

  const apollo = new ApolloServer<RequestContext>({
    schema,
    validationRules: [depthLimitRule(LIMITS.maxQueryDepth)],
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts handles SIGINT/SIGTERM: it stops this server, then closes the driver.
    stopOnTerminationSignals: false,
    // Cache control is off: nothing sets cache hints, and its per-field hook costs time on
    // every resolved field of every request.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), complexityPlugin(schema)],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await graph.read('api/ping', {}, { timeoutMs: 2_000 });
      res.json({ status: 'ok', neo4j: 'up' });
    } catch (err) {
      res.status(503).json({ status: 'degraded', neo4j: 'down', error: err instanceof Error ? err.message : String(err) });
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
      res.status(404).type('text/plain').send(`The GraphiQL playground is not built (${playground} is missing): run \`npm run build\`. The API answers POST requests here.`);
      return;
    }
    res.sendFile(playground);
  });
  app.use('/graphiql', express.static(path.join(publicDir, 'graphiql'), { index: false, fallthrough: true }));
  app.use('/explore', express.static(path.join(publicDir, 'explore')));

  app.use(
    '/graphql',
    express.json({ limit: LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(graph, options.apiToken, req.headers.authorization),
    }),
  );

  const port = options.port ?? 4000;
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
  const address = httpServer.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/graphql`;
  logger.info({ url, mutations: options.apiToken ? 'enabled (KG_API_TOKEN)' : 'disabled (KG_API_TOKEN unset)' }, 'GraphQL server listening');

  let stopped: Promise<void> | undefined;
  return {
    url,
    stop: () => (stopped ??= apollo.stop().then(() => logger.info({ url }, 'GraphQL server stopped'))),
  };
}
