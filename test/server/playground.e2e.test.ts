// End to end: the GraphiQL playground in Debian's headless chromium, with every request
// that leaves 127.0.0.1 blocked (and counted), so it proves the page works offline. It
// opens with the example tabs; running the first one answers from Neo4j (seeds loaded
// idempotently, as npm start does). Skipped, with a message, only without chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, BrowserContext } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { Graph } from '../../src/graph/driver';
import { ingestPaths } from '../../src/ingest';
import { applySchema } from '../../src/graph/schema';
import { RunningServer, startServer } from '../../src/server/app';
import { EXAMPLES } from '../../src/server/playground/examples';

const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  // eslint-disable-next-line no-console
  console.warn(`playground e2e test skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set KG_CHROMIUM)`);
}
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

(haveChromium ? describe : describe.skip)('GraphiQL playground in a real browser', () => {
  let graph: Graph;
  let server: RunningServer;
  let context: BrowserContext;
  let profile: string;
  const external: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build-graphiql.mjs')], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`building the playground failed: ${built.stderr}`);
    graph = await Graph.connect();
    await applySchema(graph);
    await ingestPaths(graph, [path.join(PROJECT_ROOT, 'seeds')]);
    server = await startServer({ graph, host: '127.0.0.1', port: 0 });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-graphiql-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 } });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      external.push(url.toString());
      return route.abort();
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    await graph?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('opens with the example tabs, offline, and runs the first one', async () => {
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(server.url);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.waitForSelector('.graphiql-tab', { timeout: 10_000 });
    expect(await page.locator('.graphiql-tab').count()).toBe(EXAMPLES.length);
    await page.locator('.graphiql-tab').first().click();
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('presidedBy'), undefined, { timeout: 20_000 });
    const result = (await page.locator('.result-window').textContent()) ?? '';
    expect(result).toContain('周胜春');
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
