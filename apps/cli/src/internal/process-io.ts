// The IO of the real process: its streams, made safe once and for all (every
// write to stderr, ours or commander's, passes the token redactor and the
// terminal filter; stdout passes the redactor, and the terminal filter too
// when it is a terminal), its environment, a prompt on its terminal, and its
// signals.
import { createInterface } from 'node:readline';
import { InterruptedError } from '../exit-codes.js';
import type { IO } from '../io.js';
import { terminalChunk } from '../output/terminal-text.js';
import { tokenRedactor, tokensFrom } from '../redact-token.js';
import { filterWrites, stdoutName } from './output-streams.js';

function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  return new Promise<boolean>((resolve, reject) => {
    let settled = false;
    const settle = (answer: boolean | InterruptedError) => {
      if (settled) return;
      settled = true;
      rl.close();
      if (answer instanceof InterruptedError) reject(answer);
      else resolve(answer);
    };
    // Ctrl-C at the prompt: the terminal is in raw mode, so it arrives here and not as a signal.
    rl.on('SIGINT', () => {
      process.stderr.write('\n');
      settle(new InterruptedError('Interrupted at the confirmation: nothing was sent.'));
    });
    // Ctrl-D, or stdin closed: no answer is no (on a line of its own, after the question).
    rl.on('close', () => {
      if (!settled) process.stderr.write('\n');
      settle(false);
    });
    rl.question(question, (answer) => settle(/^\s*y(es)?\s*$/i.test(answer)));
  });
}

/** The process's IO. Installs the filters on process.stdout and process.stderr: call it once. */
export function processIO(argv: readonly string[] = process.argv): IO {
  const redact = tokenRedactor(tokensFrom(argv, process.env));
  filterWrites(process.stderr, (text) => redact(terminalChunk(text, { carriageReturn: true })));
  // Data shown on a terminal (a CSV cell, say) must not drive it either; piped data is left as it is.
  // Data goes through the redactor too: a hostile server can echo the token into an order.
  filterWrites(process.stdout, process.stdout.isTTY ? (text) => redact(terminalChunk(text)) : redact);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTTY: {
      stdin: Boolean(process.stdin.isTTY),
      stdout: Boolean(process.stdout.isTTY),
      stderr: Boolean(process.stderr.isTTY),
    },
    // A terminal whose size is unknown (a pty without one says 0) gets the default width.
    columns: process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined,
    now: () => performance.now(),
    confirm: ask,
    onInterrupt(handler) {
      process.once('SIGINT', handler);
      process.once('SIGTERM', handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
    },
    stdoutName,
  };
}
