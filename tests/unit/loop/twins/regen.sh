#!/usr/bin/env bash
# Regenerates every twin's expected output with the oracle (CPython 3.11
# under a perfect virtual clock). Never edit a twins/*.json by hand.
#   bash tests/unit/loop/twins/regen.sh [name...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
oracle="$here/../../../conformance/oracle/cpython_vclock.py"
cd "$here"
if (($#)); then names=("$@"); else names=(*.py); fi
for py in "${names[@]}"; do
  py="${py%.py}.py"
  python3 "$oracle" --json "$py" >"${py%.py}.json"
  echo "twin: ${py%.py}"
done
