// The proof page: runs the gather example (C++ aio::task in wasm) in a Web
// Worker and shows its output live, each line with the time it was printed at.
import { WorkerRunner } from '../wasm/driver/worker_client.mjs';
import { OutputView, formatSeconds } from './output_view.mjs';
// The seed the C++ demo is written after (wasm/proof/gather_demo.cpp), as text.
import SOURCE from '../tests/conformance/seeds/s004_02_gather_three_async_tasks.py?raw';

/// The status line's texts, Korean then English.
const STATUS = {
  idle: '준비됨 · Ready',
  loading: '불러오는 중… · Loading…',
  running: '실행 중 · Running',
  done: '완료 · Done',
  stopped: '중지됨 · Stopped',
  error: '오류 · Error',
};

const $ = (id) => document.getElementById(id);
const runButton = $('run');
const stopButton = $('stop');
const clock = $('clock');
const output = new OutputView($('output'));

let runStart = 0; // performance.now() when Run was pressed
let ticking = false;

/// Shows a state on the page (body[data-state]) and in the status line.
function setState(state, detail = '') {
  document.body.dataset.state = state;
  $('status').textContent = detail ? `${STATUS[state]} — ${detail}` : STATUS[state];
  const busy = state === 'loading' || state === 'running';
  runButton.disabled = busy;
  stopButton.disabled = !busy;
}

/// Keeps the elapsed-time display moving while a run goes on.
function tick() {
  if (!ticking) return;
  clock.textContent = formatSeconds(performance.now() - runStart);
  requestAnimationFrame(tick);
}

/// Stops the elapsed-time display, showing `ms` if given.
function stopClock(ms) {
  ticking = false;
  if (ms !== null && ms !== undefined) clock.textContent = formatSeconds(ms);
}

const runner = new WorkerRunner({
  onStarted() {
    setState('running');
  },
  onOutput(chunks) {
    output.append(chunks, performance.now() - runStart);
  },
  onDone({ status, ms, error, stopped }) {
    const elapsed = performance.now() - runStart;
    stopClock(ms ?? elapsed);
    if (stopped) {
      setState('stopped');
    } else if (error) {
      output.note(error, elapsed);
      setState('error', error);
    } else {
      setState('done', `exit ${status}`);
    }
  },
});

/// Run: clears the output and starts the program.
function run() {
  output.clear();
  runStart = performance.now();
  clock.textContent = formatSeconds(0);
  ticking = true;
  requestAnimationFrame(tick);
  setState('loading');
  runner.start('gather-demo');
}

$('source').firstElementChild.textContent = SOURCE;
runButton.addEventListener('click', run);
stopButton.addEventListener('click', () => runner.stop());
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && !runButton.disabled) run();
});
setState('idle');
