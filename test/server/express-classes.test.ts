// The server's requests and responses are born with the prototypes Express gives them, so
// that Express's per-request Object.setPrototypeOf changes nothing (src/server/express-classes.ts
// says why that matters to the garbage collector). No database: a bare Express app.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { expressClasses } from '../../src/server/express-classes';

async function serve(app: express.Express, classes?: ReturnType<typeof expressClasses>) {
  const server = http.createServer({ ...classes }, app);
  // Runs before Express's own 'request' listener: the prototypes as Node made them.
  const asMade: { request: boolean; response: boolean }[] = [];
  server.prependListener('request', (req, res) => {
    asMade.push({ request: Object.getPrototypeOf(req) === app.request, response: Object.getPrototypeOf(res) === app.response });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, asMade, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function appWithRoutes(): express.Express {
  const app = express();
  // Express's own request and response methods must still be there: req.get, req.accepts,
  // res.status, res.json, res.redirect.
  app.get('/echo', (req, res) => {
    res.status(201).json({ agent: req.get('x-test'), accepts: req.accepts(['application/json', 'text/html']), isHttpRequest: req instanceof http.IncomingMessage });
  });
  app.get('/away', (_req, res) => res.redirect('/echo'));
  return app;
}

describe('expressClasses', () => {
  it('makes each request and response with the prototype Express sets, and Express still works', async () => {
    const app = appWithRoutes();
    const server = await serve(app, expressClasses(app));
    try {
      const echo = await fetch(`${server.url}/echo`, { headers: { 'x-test': 'yes', accept: 'text/html' } });
      expect(echo.status).toBe(201);
      expect(await echo.json()).toEqual({ agent: 'yes', accepts: 'text/html', isHttpRequest: true });
      const away = await fetch(`${server.url}/away`, { redirect: 'manual' });
      expect(away.status).toBe(302);
      expect(away.headers.get('location')).toBe('/echo');
      expect(server.asMade).toEqual([
        { request: true, response: true },
        { request: true, response: true },
      ]);
    } finally {
      await server.close();
    }
  });

  it('is what changes it: without the classes, Node makes plain requests that Express re-prototypes', async () => {
    const app = appWithRoutes();
    const server = await serve(app);
    try {
      const echo = await fetch(`${server.url}/echo`, { headers: { 'x-test': 'no' } });
      expect(echo.status).toBe(201);
      expect(server.asMade).toEqual([{ request: false, response: false }]);
    } finally {
      await server.close();
    }
  });
});
