// Bundles the graph explorer (src/explore/web) into static files in dist/public/explore:
// index.html, explore.js (the page with Cytoscape.js inside) and explore.css. Nothing is
// loaded from a CDN, so the page works offline. The API server serves the folder at /explore.
//   node scripts/build-explore.mjs [--dev]   (--dev: no minifying, inline source map)
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src/explore/web');
const outdir = path.join(root, 'dist/public/explore');
const dev = process.argv.includes('--dev');

fs.mkdirSync(outdir, { recursive: true });
try {
  await build({
    entryPoints: { explore: path.join(source, 'main.ts'), 'explore-style': path.join(source, 'styles.css') },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'linked',
    logLevel: 'warning',
  });
} catch (err) {
  console.error(`build-explore: bundling ${source} failed (see the errors above)`);
  process.exit(1);
}
fs.copyFileSync(path.join(source, 'index.html'), path.join(outdir, 'index.html'));
const size = (f) => `${(fs.statSync(path.join(outdir, f)).size / 1024).toFixed(0)} KiB`;
console.error(`build-explore: wrote ${path.relative(root, outdir)} (explore.js ${size('explore.js')}, explore-style.css ${size('explore-style.css')})`);
