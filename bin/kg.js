#!/usr/bin/env node
// `kg` (package.json's bin, so `npx kg …`): runs the compiled CLI, dist/src/cli/kg.js.
// It compiles first only when a TypeScript source or a tsconfig is newer than the last
// build this launcher made, so a command starts at Node's speed instead of waiting for tsc.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');

/** The files of a checkout the launcher reads and writes. */
function layout(root) {
  return {
    entry: path.join(root, 'dist', 'src', 'cli', 'kg.js'),
    // written after each build this launcher runs; its time is the time the build started
    stamp: path.join(root, 'dist', '.kg-built'),
    sources: [path.join(root, 'src'), path.join(root, 'tsconfig.json'), path.join(root, 'tsconfig.build.json')],
    // bundled for the browser by esbuild, not compiled by tsc
    notCompiled: path.join(root, 'src', 'explore', 'web'),
  };
}

/** True when some source below `file` was modified after `since` (ms). */
function changedSince(file, since, notCompiled) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  if (!stat.isDirectory()) return stat.mtimeMs > since;
  if (file === notCompiled) return false;
  // a file added or removed changes its folder's time
  if (stat.mtimeMs > since) return true;
  return fs.readdirSync(file).some((name) => changedSince(path.join(file, name), since, notCompiled));
}

/** Whether the compiled CLI is missing or older than a source. */
function needsBuild(root) {
  const files = layout(root);
  if (!fs.existsSync(path.join(root, 'src'))) return false; // an installed copy: dist is all there is
  let built;
  try {
    built = fs.statSync(files.stamp).mtimeMs;
  } catch {
    return true;
  }
  return !fs.existsSync(files.entry) || files.sources.some((s) => changedSince(s, built, files.notCompiled));
}

/** Compiles with the project's tsc (its output on stderr: stdout carries a command's data). */
function build(root) {
  const files = layout(root);
  const started = new Date();
  process.stderr.write('kg: compiling TypeScript (the sources changed since the last build)\n');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0) return false;
  fs.writeFileSync(files.stamp, `${started.toISOString()}\n`);
  fs.utimesSync(files.stamp, started, started);
  return true;
}

/**
 * neo4j-driver requires rxjs when it loads, for its reactive sessions, which kg never opens;
 * parsing rxjs is about a third of a command's start-up (docs/cli.md). This puts a stand-in
 * for each rxjs module the driver requires into the module cache: the real module is loaded,
 * and everything forwarded to it, the first time anything of it is used.
 */
function deferRxjs() {
  const driverDir = path.dirname(require.resolve('neo4j-driver'));
  for (const id of ['rxjs', 'rxjs/operators']) {
    const file = require.resolve(id, { paths: [driverDir] });
    if (require.cache[file]) continue;
    let real;
    const load = () => {
      if (!real) {
        delete require.cache[file];
        real = require(file);
      }
      return real;
    };
    const exportsProxy = new Proxy({}, {
      get: (_, key) => load()[key],
      has: (_, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_, key) => {
        const d = Reflect.getOwnPropertyDescriptor(load(), key);
        return d && { ...d, configurable: true };
      },
    });
    const stub = new module.constructor(file, module);
    stub.filename = file;
    stub.loaded = true;
    stub.exports = exportsProxy;
    require.cache[file] = stub;
  }
}

if (require.main === module) {
  if (needsBuild(ROOT) && !build(ROOT)) {
    process.stderr.write('kg: the TypeScript build failed (errors above); fix them and run the command again\n');
    process.exit(1);
  }
  deferRxjs();
  require(layout(ROOT).entry);
} else {
  module.exports = { needsBuild, layout, deferRxjs };
}
