// The comparison rules of the conformance oracle, in JavaScript: stderr is
// normalized exactly as tests/conformance/oracle/cpython_vclock.py's
// normalize_stderr does (only main.py frames, no caret lines, no tracemalloc
// hint, warnings raised outside main.py read "sys:1: …"), and lines the oracle
// marks as unordered compare as multisets of their printed items.

const FILENAME = 'main.py';
const CARET = /^\s*[\^~]+\s*$/;
const GROUP_PREFIX = /^((?:\s*\|)+ )/;
const WARNING = /^(\S+?):\d+: (\w+Warning: .*)$/;
const TRACEMALLOC_HINT = 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback';

/// Python's str.splitlines(): every line boundary Python knows, no trailing empty line.
export function splitlines(text) {
  const lines = text.split(/\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/// '  |   File ...' inside an exception group -> ['  | ', '  File ...'].
function splitGroupPrefix(line) {
  const m = GROUP_PREFIX.exec(line);
  return m ? [m[1], line.slice(m[1].length)] : ['', line];
}

/// The oracle's normalize_stderr, line for line.
export function normalizeStderr(text) {
  const out = [];
  const lines = splitlines(text).map(splitGroupPrefix);
  let i = 0;
  while (i < lines.length) {
    const [prefix, line] = lines[i];
    i += 1;
    let m;
    if (line.startsWith('  File "')) {
      const keep = line.startsWith(`  File "${FILENAME}"`);
      if (keep) out.push(prefix + line);
      while (i < lines.length && lines[i][0] === prefix && lines[i][1].startsWith('    ')) {
        if (keep && !CARET.test(lines[i][1])) out.push(prefix + lines[i][1]);
        i += 1;
      }
    } else if (CARET.test(line) || line.trim() === TRACEMALLOC_HINT) {
      continue;
    } else if ((m = WARNING.exec(line)) && m[1] !== FILENAME) {
      out.push(`${prefix}sys:1: ${m[2]}`);
      if (i < lines.length && lines[i][1].startsWith('  ') && !lines[i][1].startsWith('  File')) {
        i += 1;
      }
    } else {
      out.push(prefix + line);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/// The items of a printed list/set/tuple ("['a', 'b']" -> ["'a'", "'b'"]), sorted.
function items(text) {
  const inner = text.trim().replace(/^[[({]/, '').replace(/[\])}]$/, '');
  return inner === '' ? [] : inner.split(', ').sort();
}

/// stdout equality where lines starting with one of `prefixes` compare as multisets.
export function sameUnordered(expected, actual, prefixes) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const prefix = prefixes.find((p) => a[i].startsWith(p) && b[i].startsWith(p));
    if (!prefix) return false;
    const x = items(a[i].slice(prefix.length));
    const y = items(b[i].slice(prefix.length));
    if (x.length !== y.length || x.some((v, k) => v !== y[k])) return false;
  }
  return true;
}
