#!/usr/bin/env node
// `kg`: the command-line entry (bin/kg.js runs the compiled copy; see main.ts for the commands).
import { EXIT } from './manual';
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = EXIT.failed;
  },
);
