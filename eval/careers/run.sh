#!/usr/bin/env bash
# The careers measure loop (identity across articles): the careers articles out of the
# database (kg ingest keeps absolute sources for files outside the project), in again, exported to Popolo, scored by ../shared/bin/kg-eval-people.
# Run from the project root with the Neo4j of this worktree up (KG_NEO4J_BOLT_PORT set).
#   eval/careers/run.sh [--verbose]
set -euo pipefail
corpus=../shared/corpus/careers
out=${KG_CAREERS_POPOLO:-/tmp/careers.popolo.json}
npx tsc -p tsconfig.build.json
node -e "
const { getGraph, closeGraph } = require('./dist/src/graph/driver');
const { deleteArticlesBySourcePrefix } = require('./dist/src/ingest');
(async () => {
  const g = await getGraph();
  try { await deleteArticlesBySourcePrefix(g, process.argv[1]); } finally { await closeGraph(); }
})().catch((e) => { console.error(e); process.exit(1); });
" "$(cd "$corpus" && pwd)/"
node dist/src/cli/kg.js ingest "$corpus" >/dev/null
node dist/src/cli/kg.js export --format popolo --out "$out" >/dev/null
../shared/bin/kg-eval-people --corpus "$corpus" --popolo "$out" "$@"
