// `npm run bench:extract [-- ARTICLES RUNS]`: extraction speed on a generated corpus.
// Reports characters per second single-threaded (median of RUNS passes over the corpus),
// peak RSS, and a self-check of the facts against what the generator wrote.
import { extract } from '../src/extract/pipeline';
import { factLines } from '../src/cli/commands/extract';
import { generateArticles, type GeneratedArticle, type GeneratedFact } from './corpus-generator';

const articles = Number(process.argv[2] ?? 3000);
const runs = Number(process.argv[3] ?? 5);
const corpus: GeneratedArticle[] = [...generateArticles(articles, 20240719)];
const chars = corpus.reduce((n, a) => n + a.text.length, 0);

// warm-up: lets V8 compile the hot paths before timing
for (const a of corpus.slice(0, 200)) extract(a.text, { source: a.source });

// wall-clock rate, and the rate per CPU second of this process (robust when other
// processes share the machine: a single-threaded run cannot use more than one core anyway)
const rates: number[] = [];
const cpuRates: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const a of corpus) extract(a.text, { source: a.source, published: a.published });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  rates.push(chars / seconds);
  cpuRates.push(chars / ((cpu.user + cpu.system) / 1e6));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// self-check: person exact, the generated object must be contained in the extracted one
let tp = 0;
let fp = 0;
let fn = 0;
for (const a of corpus) {
  const predicted = factLines(a.source, extract(a.text, { source: a.source }))
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GeneratedFact & { type: string })
    .filter((f) => (f.type as string) !== 'ATTENDED');
  const used = new Set<number>();
  for (const g of a.facts) {
    const i = predicted.findIndex((p, k) => !used.has(k) && matches(g, p));
    if (i >= 0) {
      used.add(i);
      tp++;
    } else fn++;
  }
  predicted.forEach((p, k) => {
    if (!used.has(k) && !a.facts.some((g) => matches(g, p))) fp++;
  });
}
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);

function matches(g: GeneratedFact, p: GeneratedFact): boolean {
  if (g.type !== p.type || (g.person ?? '') !== (p.person ?? '')) return false;
  const want = g.title ?? g.report ?? g.item;
  const got = p.title ?? p.report ?? p.item ?? '';
  if (!want) return true;
  return got.includes(want) && !(got.includes('副') && !want.includes('副'));
}

const mb = (kb: number) => (kb / 1024).toFixed(0);
process.stdout.write(
  [
    `articles ${articles}, ${(chars / 1e6).toFixed(2)}M chars, ${runs} runs`,
    `extract: ${Math.round(median(rates)).toLocaleString('en')} chars/s single-threaded, wall clock (median; min ${Math.round(Math.min(...rates)).toLocaleString('en')}, max ${Math.round(Math.max(...rates)).toLocaleString('en')})`,
    `         ${Math.round(median(cpuRates)).toLocaleString('en')} chars per CPU second (median)`,
    `peak RSS: ${mb(process.resourceUsage().maxRSS)} MB`,
    `self-check on generated facts: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} tp, ${fp} fp, ${fn} fn)`,
  ].join('\n') + '\n',
);
