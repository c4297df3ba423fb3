// OutputView: a program's output as lines, each shown with the time (since
// the start of the run) its first character was printed at.
//
// Every line is an <li> with data-ms (that time, in ms, as measured by the
// worker when the program wrote it), data-arrived-ms (when the page received
// it, ms since Run) and data-stream (1 stdout, 2 stderr): what the browser
// test reads.

/// Formats ms as seconds with two decimals: 1234.5 -> "1.23s".
export function formatSeconds(ms) {
  return `${(ms / 1000).toFixed(2)}s`;
}

export class OutputView {
  #list;
  #open = null; // the <li> of a line not ended yet, or null

  /// list: the <ol> the lines go into.
  constructor(list) {
    this.#list = list;
  }

  /// Removes every line.
  clear() {
    this.#list.replaceChildren();
    this.#open = null;
  }

  /// Appends chunks [{stream, text, ms}] that arrived at arrivedMs (since Run).
  append(chunks, arrivedMs) {
    for (const { stream, text, ms } of chunks) {
      const parts = text.split('\n');
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        if (last && part === '') return; // the text ended with a newline
        const li = this.#lineFor(stream, ms, arrivedMs);
        li.querySelector('.text').textContent += part;
        if (!last) this.#open = null;
      });
    }
    this.#list.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }

  /// Appends a line of the page's own (an error, "stopped"), on stderr.
  note(text, ms) {
    this.#open = null;
    this.#lineFor(2, ms, ms).querySelector('.text').textContent = text;
    this.#open = null;
  }

  /// The open line if it is on that stream, else a new line started at ms.
  #lineFor(stream, ms, arrivedMs) {
    if (this.#open && Number(this.#open.dataset.stream) === stream) return this.#open;
    const li = document.createElement('li');
    li.dataset.stream = String(stream);
    li.dataset.ms = ms.toFixed(3);
    li.dataset.arrivedMs = arrivedMs.toFixed(3);
    if (stream === 2) li.className = 'stderr';
    const time = document.createElement('span');
    time.className = 'time';
    time.textContent = formatSeconds(ms);
    const body = document.createElement('span');
    body.className = 'text';
    li.append(time, body);
    this.#list.append(li);
    this.#open = li;
    return li;
  }
}
