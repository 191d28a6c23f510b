// A one-line progress display on stderr (count, rate, ETA from totalCount),
// redrawn at most ten times a second, and only on a terminal. The counts come
// from the server (totalCount), so the text is made terminal-safe before our
// own colour and redraw sequences are added.
import { colorsOf, type IO } from './io.js';
import { terminalText } from './output/terminal-text.js';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** Progress on `io.stderr`, drawn only when `enabled` (a terminal, and not --no-progress). */
export function createProgress(io: IO, enabled: boolean, startCount = 0) {
  const stream = io.stderr;
  const started = io.now();
  let last = 0;
  let drawn = false;
  const draw = (written: number, total: number | undefined) => {
    const elapsed = (io.now() - started) / 1000;
    const rate = (written - startCount) / Math.max(elapsed, 0.001);
    const eta = total !== undefined && rate > 0 ? (total - written) / rate : Number.NaN;
    const of = total !== undefined ? ` / ${total.toLocaleString('en-US')}` : '';
    const pct = total ? ` ${Math.min(100, Math.floor((written / total) * 100))}%` : '';
    const counts = terminalText(
      `${written.toLocaleString('en-US')}${of} orders${pct}  ${rate.toFixed(0)}/s  ETA ${duration(eta)}`,
    );
    const line = `${colorsOf(io, 'stderr').cyan('exporting')} ${counts}`;
    stream.write(`\r${line}\u001b[K`);
    drawn = true;
  };
  return {
    update(written: number, total: number | undefined) {
      if (!enabled) return;
      const now = io.now();
      if (now - last < 100) return;
      last = now;
      draw(written, total);
    },
    done() {
      if (enabled && drawn) stream.write('\r\u001b[K');
    },
  };
}
