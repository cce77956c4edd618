// End to end: the real server (in-process, free port) on the real Neo4j with the seed
// articles ingested, and the explorer page driven in Debian's headless chromium through
// playwright-core: search 杜劲松, open the result, read the career timeline and an end's
// evidence, expand a node, click an edge and read its evidence, draw the colleagues, draw a
// path, export a PNG; screenshots go to test-artifacts/ (git-ignored).
// Skipped, with a message, only when chromium is not installed (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { chromium, BrowserContext, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestPaths, ingestTexts } from '../../src/ingest';
import { cjkTag, query } from '../graph/helpers';
import { applySchema } from '../../src/graph/schema';
import { RunningServer, startServer } from '../../src/server/app';
import { describeIf, missingFiles } from '../skip-with-reason';

const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
const noChromium = missingFiles({ chromium: CHROMIUM }, 'apt-get install -y chromium fonts-wqy-microhei, or set KG_CHROMIUM');

// Chromium without a sandbox (containers run as root), without a GPU, and without any of
// its own network traffic, so the only requests are the page's own.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

type Point = { x: number; y: number };

// A career of invented people in a real county, for the timeline: elected head of the
// county at a session, removed by the standing committee fourteen months later.
const careerTag = cjkTag(2);
const careerHead = `闵${careerTag}`;
const careerColleagues = [`詹${careerTag}`, `裘${careerTag}`];
const CAREER_ARTICLES = [
  {
    source: `explorer-career/${careerTag}/1`,
    published: '2024-01-18',
    text: `淳安县第十七届人民代表大会第三次会议于2024年1月9日至11日举行。大会选举${careerHead}为县人民政府县长。副县长${careerColleagues[0]}、${careerColleagues[1]}出席会议。`,
  },
  {
    source: `explorer-career/${careerTag}/2`,
    published: '2025-03-12',
    text: `淳安县第十七届人大常委会第二十一次会议于2025年3月5日举行。会议决定免去${careerHead}的县人民政府县长职务。副县长${careerColleagues[1]}列席会议。`,
  },
];

describeIf(noChromium, 'graph explorer in a real browser', () => {
  let graph: Graph;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const consoleErrors: string[] = [];
  const careerArticles: string[] = [];

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build-explore.mjs')], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`building the explorer failed: ${built.stderr}`);
    graph = await Graph.connect();
    await applySchema(graph);
    // Idempotent; another test may be loading the same seeds at the same moment, so a
    // failure here is reported but not fatal: the searches below tell if data is missing.
    const report = await ingestPaths(graph, [path.join(PROJECT_ROOT, 'seeds')]);
    // eslint-disable-next-line no-console
    if (report.failed.length) console.warn(`seed ingestion reported failures: ${JSON.stringify(report.failed)}`);
    const career = await ingestTexts(graph, CAREER_ARTICLES);
    for (const a of career.articles ?? []) if (a.id) careerArticles.push(a.id);
    server = await startServer({ graph, host: '127.0.0.1', port: 0 });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    for (const id of careerArticles) await deleteArticle(graph, id);
    if (graph) await query(graph, 'MATCH (n:IdentityDecision) WHERE n.name CONTAINS $tag DELETE n', { tag: careerTag });
    await graph?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  /** Waits until the page has no action running (window.explorer.idle()). */
  const settled = () => page.waitForFunction(() => (window as unknown as { explorer: { idle(): boolean } }).explorer.idle(), undefined, { timeout: 30_000 });

  /** Where an element of the drawing is on the screen (page coordinates). */
  async function screenPoint(kind: 'node' | 'edge', id: string): Promise<Point> {
    const box = (await page.locator('#graph').boundingBox())!;
    const p = await page.evaluate(
      ([k, i]) => {
        const cy = (window as unknown as { cy: Core }).cy;
        const el = cy.$id(i);
        return k === 'node' ? el.renderedPosition() : (el as EdgeSingular).renderedMidpoint();
      },
      [kind, id] as const,
    );
    return { x: box.x + p.x, y: box.y + p.y };
  }

  const nodeCount = () => page.evaluate(() => (window as unknown as { cy: Core }).cy.nodes().length);

  it('serves the page with its bundled assets, nothing from outside', async () => {
    const requests: string[] = [];
    const failures: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
    const base = server.url.replace(/\/graphql$/, '');
    const response = await page.goto(`${base}/explore/`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('explorer');
    await page.waitForFunction(() => 'cy' in window);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    // the icon too: no 404 in the console
    await page.waitForLoadState('networkidle');
    expect(failures).toEqual([]);
    expect(requests).toContain(`${base}/favicon.svg`);
    for (const icon of ['/favicon.ico', '/favicon.svg']) {
      const answer = await fetch(`${base}${icon}`);
      expect({ icon, status: answer.status, type: answer.headers.get('content-type') }).toEqual({ icon, status: 200, type: expect.stringMatching(/^image\/svg\+xml/) });
    }
  });

  it('tells apart results with the same label by their organization, meeting or place', async () => {
    await page.fill('#search-input', '镇长');
    await page.press('#search-input', 'Enter');
    await settled();
    await page.locator('#results button[data-id]').first().waitFor({ timeout: 30_000 });
    const rows = await page.locator('#results button[data-id]').evaluateAll((buttons) =>
      buttons.map((b) => ({ label: b.querySelector('.label')?.firstChild?.textContent ?? '', context: b.querySelector('.context')?.textContent ?? null })),
    );
    const mayors = rows.filter((r) => r.label === '镇长');
    expect(mayors.length).toBeGreaterThanOrEqual(2); // the seeds have two towns
    for (const m of mayors) expect(m.context).toMatch(/\S/);
    expect(new Set(mayors.map((m) => m.context)).size).toBe(mayors.length);
    // a label no other row has needs nothing to tell it apart
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
    for (const r of rows.filter((row) => counts.get(row.label) === 1)) expect(r.context).toBeNull();
    await page.locator('#results').screenshot({ path: path.join(ARTIFACTS, 'explorer-lookalikes.png') });
  });

  it('searches 杜劲松 and draws the chosen result with its neighbourhood', async () => {
    await page.fill('#search-input', '杜劲松');
    await page.press('#search-input', 'Enter');
    const result = page.locator('#results button[data-id]', { hasText: '杜劲松' }).first();
    await result.waitFor({ timeout: 30_000 });
    await result.click();
    await settled();
    expect(await nodeCount()).toBeGreaterThan(1);
    // The node panel shows the person: name, posts and timeline.
    await expect(page.locator('#details h3').textContent()).resolves.toBe('杜劲松');
    await expect(page.locator('#details').textContent()).resolves.toMatch(/timeline/);
  });

  it('expands a neighbour on double-click', async () => {
    const before = await nodeCount();
    // A meeting next to the person: expanding it brings in the others who took part.
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { cy: Core }).cy;
      const focus = cy.nodes('.focus');
      const neighbours = focus.neighborhood('node').sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false));
      const meeting = neighbours.filter('[type = "Meeting"]');
      return (meeting.nonempty() ? meeting : neighbours).first().id();
    });
    const p = await screenPoint('node', target);
    await page.mouse.dblclick(p.x, p.y);
    await settled();
    await expect(page.locator('#status').textContent()).resolves.toMatch(/expanded/);
    expect(await nodeCount()).toBeGreaterThan(before);
    // The clicks also selected the node: the panel shows its properties.
    const label = await page.evaluate((id) => String((window as unknown as { cy: Core }).cy.$id(id).data('label')), target);
    await expect(page.locator('#details h3').textContent()).resolves.toBe(label);
    await expect(page.locator('#details dl.props').textContent()).resolves.toMatch(/\S/);
  });

  it('shows the evidence of a clicked edge: sentence, marked span, article', async () => {
    // An edge of the person that states a fact, with its midpoint clear of any node.
    const edgeId = await page.evaluate(() => {
      const cy = (window as unknown as { cy: Core }).cy;
      const facts = ['PRESIDED', 'HOLDS', 'SPOKE_AT', 'ELECTED', 'REPORTED'];
      const edges = cy.nodes('.focus').connectedEdges().filter((e) => facts.includes(e.data('type')));
      const clear = edges.filter((e) => {
        const m = (e as EdgeSingular).renderedMidpoint();
        return cy.nodes().every((n) => {
          const b = n.renderedBoundingBox({ includeLabels: true });
          return m.x < b.x1 - 4 || m.x > b.x2 + 4 || m.y < b.y1 - 4 || m.y > b.y2 + 4;
        });
      });
      return (clear.nonempty() ? clear : edges).first().id();
    });
    expect(edgeId).toBeTruthy();
    const p = await screenPoint('edge', edgeId);
    await page.mouse.click(p.x, p.y);
    await settled();
    const evidence = page.locator('#details .evidence').first();
    await evidence.waitFor({ timeout: 15_000 });
    const sentence = (await evidence.locator('.sentence').textContent()) ?? '';
    const marked = (await evidence.locator('mark').first().textContent()) ?? '';
    expect(marked.length).toBeGreaterThan(0);
    expect(sentence).toContain(marked);
    expect(sentence + marked).toMatch(/杜劲松/);
    await expect(evidence.locator('.article').textContent()).resolves.toMatch(/\S/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });
  });

  it('finds the evidence of every kind of fact edge on the drawing', async () => {
    // One edge of each fact type drawn so far (taps sent to Cytoscape directly: the mouse
    // path is covered above); each must show at least one sentence with a marked span.
    const edges = await page.evaluate(() => {
      const cy = (window as unknown as { cy: Core }).cy;
      const facts = ['PRESIDED', 'HOLDS', 'SPOKE_AT', 'ATTENDED', 'ELECTED', 'REPORTED', 'APPROVED', 'PRESENTED_AT'];
      const byType = new Map<string, string>();
      cy.edges().forEach((e) => {
        if (facts.includes(e.data('type')) && !byType.has(e.data('type'))) byType.set(e.data('type'), e.id());
      });
      return [...byType];
    });
    expect(edges.length).toBeGreaterThanOrEqual(3);
    for (const [type, id] of edges) {
      await page.evaluate((i) => {
        (window as unknown as { cy: Core }).cy.$id(i).emit('tap'); // returns nothing: a collection would be serialised
      }, id);
      await settled();
      const marks = await page.locator('#details .evidence mark').count();
      expect({ type, marks: marks > 0 }).toEqual({ type, marks: true });
    }
  });

  it('draws the shortest connection between two nodes in path mode', async () => {
    const [from, to] = await page.evaluate(() => {
      const cy = (window as unknown as { cy: Core }).cy;
      const focus = cy.nodes('.focus').first();
      const far = cy.nodes().filter((n) => n.id() !== focus.id() && !n.edgesWith(focus).nonempty() && n.data('type') === 'Person');
      return [focus.id(), (far.nonempty() ? far : cy.nodes().not(focus)).first().id()];
    });
    await page.click('#path-button');
    for (const id of [from, to]) {
      const p = await screenPoint('node', id);
      await page.mouse.click(p.x, p.y);
      await settled();
    }
    await page.locator('#details .path-steps li').first().waitFor({ timeout: 15_000 });
    const marked = await page.evaluate(() => (window as unknown as { cy: Core }).cy.edges('.on-path').length);
    expect(marked).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-path.png') });
    await page.click('#path-button');
  });

  it('says so when a search finds nothing', async () => {
    await page.fill('#search-input', '查无此人甲乙丙');
    await page.press('#search-input', 'Enter');
    await page.locator('#results', { hasText: 'Nothing found' }).waitFor({ timeout: 15_000 });
    await expect(page.locator('#status').textContent()).resolves.toMatch(/^0 results/);
  });

  it('hides a type from the legend, switches to the hierarchical layout, and exports a PNG', async () => {
    const visiblePlaces = () => page.evaluate(() => (window as unknown as { cy: Core }).cy.nodes('[type = "Place"]').filter((n) => n.visible()).length);
    expect(await visiblePlaces()).toBeGreaterThan(0);
    await page.uncheck('#legend input[data-type="Place"]');
    // Cytoscape applies class changes to the rendered style asynchronously: wait (bounded) for it
    await page
      .waitForFunction(() => (window as unknown as { cy: Core }).cy.nodes('[type = "Place"]').filter((n) => n.visible()).length === 0, undefined, { timeout: 5000 })
      .catch(() => undefined);
    expect(await visiblePlaces()).toBe(0);
    await page.selectOption('#layout-select', 'hierarchy');
    await settled();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#png-button')]);
    const file = path.join(ARTIFACTS, 'explorer-export.png');
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-hierarchy.png') });
    expect(consoleErrors).toEqual([]);
  });

  it("draws a chosen person's career as bars over years, one per post, and an end's evidence", async () => {
    await page.fill('#search-input', careerHead);
    await page.press('#search-input', 'Enter');
    const result = page.locator('#results button[data-id]', { hasText: careerHead }).first();
    await result.waitFor({ timeout: 30_000 });
    await result.click();
    await settled();
    const strip = page.locator('#career');
    await strip.locator('svg g.tenure').first().waitFor({ timeout: 15_000 });
    await expect(strip.locator('h2').textContent()).resolves.toBe(`career of ${careerHead}`);
    const rows = await strip.locator('svg g.tenure').evaluateAll((groups) =>
      groups.map((g) => ({
        label: g.querySelector('.tenure-label')?.textContent ?? '',
        x: Number(g.querySelector('.tenure-bar')?.getAttribute('x')),
        width: Number(g.querySelector('.tenure-bar')?.getAttribute('width')),
        open: g.classList.contains('open'),
        dashed: g.querySelector('.open-end') !== null,
        ends: Array.from(g.querySelectorAll('circle.tenure-end')).map((c) => `${c.getAttribute('data-end')} ${c.classList.contains('explicit') ? 'explicit' : 'observed'}`),
      })),
    );
    // elected at the January 2024 session, removed in March 2025: one closed bar of about 14 months
    const head = rows.find((r) => r.label.startsWith('县长'));
    expect(head).toMatchObject({ open: false, dashed: false, ends: ['start explicit', 'end explicit'] });
    expect(head!.label).toContain('淳安县');
    const years = await strip.locator('svg text.year').allTextContents();
    expect(years[0]).toBe('2024');
    const yearWidth = await strip.locator('svg line.year-line').evaluateAll((lines) => Number(lines[1].getAttribute('x1')) - Number(lines[0].getAttribute('x1')));
    expect(head!.width / yearWidth).toBeGreaterThan(1.0);
    expect(head!.width / yearWidth).toBeLessThan(1.4);

    // the start: the electing sentence, the person's name in the marked span, the article
    await strip.locator('g.tenure', { hasText: '县长' }).first().locator('circle.tenure-end.start').click();
    await settled();
    await expect(page.locator('#details h2').first().textContent()).resolves.toBe('tenure start');
    await expect(page.locator('#details dl.props').textContent()).resolves.toMatch(/2024-01-09/);
    let evidence = page.locator('#details .evidence').first();
    await evidence.waitFor({ timeout: 15_000 });
    let marked = (await evidence.locator('mark').first().textContent()) ?? '';
    const sentence = (await evidence.locator('.sentence').textContent()) ?? '';
    expect(marked).toContain(careerHead);
    expect(sentence).toContain(marked);
    expect(sentence.length).toBeGreaterThan(marked.length);
    await expect(evidence.locator('.article').textContent()).resolves.toMatch(/\S/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-career.png') });

    // the end: the removal's words, from the second article
    await strip.locator('g.tenure', { hasText: '县长' }).first().locator('circle.tenure-end.end').click();
    await settled();
    await expect(page.locator('#details h2').first().textContent()).resolves.toBe('tenure end');
    await expect(page.locator('#details dl.props').textContent()).resolves.toMatch(/removed/);
    evidence = page.locator('#details .evidence').first();
    marked = (await evidence.locator('mark').first().textContent()) ?? '';
    expect(marked).toContain('免去');
    await expect(evidence.locator('.article').textContent()).resolves.toMatch(/\S/);
    expect(consoleErrors).toEqual([]);
  });

  it('draws the colleagues of the person on one click: people sharing a meeting or an organization', async () => {
    await page.click('#colleagues-button');
    await settled();
    await expect(page.locator('#status').textContent()).resolves.toMatch(/colleague/);
    const colleagues = await page.evaluate(() => {
      const cy = (window as unknown as { cy: Core }).cy;
      return cy.nodes('.colleague').map((n) => ({
        label: n.data('label') as string,
        type: n.data('type') as string,
        // one tie (a meeting, a post, its organization) away, drawn
        tied: n.neighborhood('node').some((tie) => ['Meeting', 'Post', 'Organization'].includes(tie.data('type'))),
      }));
    });
    expect(colleagues.map((c) => c.label)).toEqual(expect.arrayContaining(careerColleagues));
    expect(colleagues.map((c) => c.label)).not.toContain(careerHead);
    for (const c of colleagues) expect(c).toMatchObject({ type: 'Person', tied: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-colleagues.png') });
  });

  it('keeps the drawing wide at 800 px: details fold away and open over it, the left panel folds', async () => {
    const graphWidth = async () => (await page.locator('#graph').boundingBox())!.width;
    await page.setViewportSize({ width: 800, height: 700 });
    const base = server.url.replace(/\/graphql$/, '');
    await page.goto(`${base}/explore/?q=${encodeURIComponent('杜劲松')}`);
    await page.waitForFunction(() => 'cy' in window);
    const result = page.locator('#results button[data-id]', { hasText: '杜劲松' }).first();
    await result.waitFor({ timeout: 30_000 });
    // folded at first: the drawing has all but the left panel and a strip
    await expect(page.locator('#details-panel').getAttribute('class')).resolves.toContain('collapsed');
    const folded = await graphWidth();
    expect(folded).toBeGreaterThanOrEqual(500);

    await result.click();
    await settled();
    // the details opened over the drawing, which kept its width
    await expect(page.locator('#details h3').textContent()).resolves.toBe('杜劲松');
    await expect(page.locator('#details-panel').getAttribute('class')).resolves.not.toContain('collapsed');
    expect(await graphWidth()).toBe(folded);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-800-details.png') });

    await page.click('#details-panel .collapse-toggle');
    await page.click('#left-panel .collapse-toggle');
    await expect(page.locator('#left-panel .collapse-toggle').getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await graphWidth()).toBeGreaterThanOrEqual(700);
    // the drawing follows the new size (Cytoscape was told)
    const drawn = await page.evaluate(() => (window as unknown as { cy: Core }).cy.width());
    expect(drawn).toBeGreaterThanOrEqual(700);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-800-folded.png') });
    await page.click('#left-panel .collapse-toggle');
    expect(await graphWidth()).toBe(folded);
    expect(consoleErrors).toEqual([]);
  });
});
