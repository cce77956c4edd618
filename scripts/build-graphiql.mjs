// Bundles the GraphiQL playground (src/server/playground) into static files in
// dist/public/graphiql: index.html, graphiql.js (React + GraphiQL + the example queries)
// and graphiql.css. Nothing is loaded from a CDN, so the playground works offline. The
// server answers GET /graphql from a browser with this index.html.
//   node scripts/build-graphiql.mjs [--dev]   (--dev: no minifying, inline source map)
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src/server/playground');
const outdir = path.join(root, 'dist/public/graphiql');
const dev = process.argv.includes('--dev');

fs.mkdirSync(outdir, { recursive: true });
try {
  await build({
    entryPoints: { graphiql: path.join(source, 'graphiql.jsx') },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    jsx: 'transform',
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"', global: 'globalThis' },
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'linked',
    logLevel: 'warning',
  });
} catch (err) {
  console.error(`build-graphiql: bundling ${source} failed (see the errors above)`);
  process.exit(1);
}
fs.copyFileSync(path.join(source, 'index.html'), path.join(outdir, 'index.html'));
const size = (f) => `${(fs.statSync(path.join(outdir, f)).size / 1024).toFixed(0)} KiB`;
console.error(`build-graphiql: wrote ${path.relative(root, outdir)} (graphiql.js ${size('graphiql.js')}, graphiql.css ${size('graphiql.css')})`);
