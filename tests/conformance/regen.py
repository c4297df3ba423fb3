#!/usr/bin/env python3
"""Regenerate conformance expectations with the oracle (CPython 3.11, virtual clock).

    python3 tests/conformance/regen.py [PATH...]   # files or folders; default: cases/

For every PROGRAM.py it writes PROGRAM.json from `oracle/cpython_vclock.py --json`.
Keys a case adds by hand that the oracle does not produce ("unordered_lines",
"note") are kept. Each program runs twice, with different string hash seeds; a
program whose output differs between the runs is reported and gets no JSON,
because its expected output would be an accident of that one run.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORACLE = HERE / "oracle" / "cpython_vclock.py"
KEPT_KEYS = ("unordered_lines", "note")


def run_oracle(program: Path, hash_seed: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    out = subprocess.run([sys.executable, str(ORACLE), "--json", program.name],
                         cwd=program.parent, env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    return json.loads(out)


def regenerate(program: Path) -> bool:
    try:
        first = run_oracle(program, "1")
        second = run_oracle(program, "2")
    except subprocess.SubprocessError as e:
        print(f"ORACLE FAILED {program}: {e}", file=sys.stderr)
        return False
    target = program.with_suffix(".json")
    old = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    for key in KEPT_KEYS:
        if key in old:
            first[key] = second[key] = old[key]
    if first != second and "unordered_lines" not in first:
        print(f"NONDETERMINISTIC {program}", file=sys.stderr)
        return False
    target.write_text(json.dumps(first, ensure_ascii=False, indent=1) + "\n",
                      encoding="utf-8")
    return True


def programs(paths):
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*.py") if "oracle" not in q.parts
                              and q.name != "regen.py")
        else:
            yield p


def main(argv):
    paths = argv or [str(HERE / "cases")]
    failures = [p for p in programs(paths) if not regenerate(p.resolve())]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
