#!/usr/bin/env bash
# Scores the built CLI on TimeBank 1.2 + AQUAINT (../shared/timebank) in one run, the creation dates
# given by a manifest (the one-run recipe of ../shared/timebank/README.md). Reads the documents, their
# creation dates and the scorer from ../shared at run time; nothing of them is copied into the project.
#
#   scripts/timebank-run.sh [--details FILE] [other score.mjs options: --json --types DATE,TIME]
#
# Run `npm run build` first. Environment: TIMEBANK (default: ../shared/timebank from the project root),
# OUT (folder for docs, manifest.jsonl and graph.json; default: a new temporary folder).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TB=${TIMEBANK:-"$ROOT/../shared/timebank"}
[ -f "$TB/score.mjs" ] || { echo "no TimeBank scorer at $TB (set TIMEBANK)" >&2; exit 2; }
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT/docs"
cp "$TB"/docs/*.txt "$OUT/docs/"
node -e 'for (const [f, d] of Object.entries(require(process.argv[1]))) console.log(JSON.stringify({ path: f, date: d }))' \
  "$TB/dct.json" > "$OUT/docs/manifest.jsonl"
(cd "$ROOT" && node bin/extract.js "$OUT/docs" --include '*.txt' --manifest "$OUT/docs/manifest.jsonl" -q) > "$OUT/graph.json"
node "$TB/score.mjs" --pred "$OUT/graph.json" "$@"
