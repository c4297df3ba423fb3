#!/usr/bin/env bash
# Runs the parser fuzzer for a bounded time (default 60 s) and fails on any finding:
#   tests/fuzz/run.sh [seconds]
# Needs the `fuzz` build (node tools/build.mjs fuzz). The corpus grows in build/fuzz/parse_corpus
# (seeded from tests/unit/python/parse_data); a crashing input is saved in
# build/fuzz/parse_artifacts/ and the script exits non-zero.
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fuzzer="$root/build/fuzz/tests/fuzz/parse_fuzz"
corpus="$root/build/fuzz/parse_corpus"
artifacts="$root/build/fuzz/parse_artifacts"
if [[ ! -x "$fuzzer" ]]; then
  echo "run.sh: $fuzzer is missing; build it with: node tools/build.mjs fuzz" >&2
  exit 2
fi
mkdir -p "$corpus" "$artifacts"
cp -n "$root"/tests/unit/python/parse_data/valid/*.py "$root"/tests/unit/python/parse_data/invalid/*.py \
  "$root"/tests/unit/python/parse_data/lexer/*.py "$corpus"/ 2>/dev/null || true
jobs="$(nproc 2>/dev/null || echo 1)"
# -timeout: one input may take at most 10 s; -rss_limit_mb: memory per process.
exec "$fuzzer" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=4096 -print_final_stats=1 -artifact_prefix="$artifacts/"
