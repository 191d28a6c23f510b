// An IO for running commands in-process: stdout and stderr collected as text,
// the terminal (or not) chosen per test, confirmations answered from a list,
// Ctrl-C on demand, and an API that is never the network (an unrouted request
// fails the test rather than leave this machine).
import { Writable } from 'node:stream';
import type { FetchLike } from '@hl-orders/client';
import { InterruptedError } from '../../src/exit-codes.js';
import type { IO, TTYs } from '../../src/io.js';
import { run } from '../../src/run.js';

class Collected extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export type Answer = boolean | 'interrupt';

export interface FakeIOOptions {
  env?: Record<string, string | undefined>;
  /** `true`: every stream is a terminal. Default: none is (piped, as in a script). */
  tty?: boolean | Partial<TTYs>;
  columns?: number;
  /** The answers to the confirmations, in order; a question beyond them fails the test. */
  answers?: Answer[];
  fetch?: FetchLike;
}

export interface FakeIO extends IO {
  out(): string;
  err(): string;
  /** The questions asked, in order. */
  readonly questions: string[];
  /** Presses Ctrl-C: calls the handlers registered with onInterrupt. */
  interrupt(): void;
}

const noNetwork: FetchLike = async (request) => {
  throw new Error(`test: unexpected request ${request.method} ${request.url}`);
};

export function fakeIO(options: FakeIOOptions = {}): FakeIO {
  const stdout = new Collected();
  const stderr = new Collected();
  const all = options.tty === true;
  const tty = typeof options.tty === 'object' ? options.tty : {};
  const answers = [...(options.answers ?? [])];
  const questions: string[] = [];
  const handlers = new Set<() => void>();
  let clock = 0;
  return {
    stdout,
    stderr,
    env: options.env ?? {},
    isTTY: { stdin: tty.stdin ?? all, stdout: tty.stdout ?? all, stderr: tty.stderr ?? all },
    columns: options.columns ?? (tty.stdout || all ? 100 : undefined),
    now: () => (clock += 10),
    async confirm(question) {
      questions.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`test: unexpected question ${JSON.stringify(question)}`);
      if (answer === 'interrupt') throw new InterruptedError('Interrupted at the confirmation: nothing was sent.');
      return answer;
    },
    onInterrupt(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    stdoutName: () => 'standard output',
    fetch: options.fetch ?? noNetwork,
    out: () => stdout.text,
    err: () => stderr.text,
    questions,
    interrupt: () => {
      for (const handler of [...handlers]) handler();
    },
  };
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  io: FakeIO;
}

/** Starts `hl-orders ...args` in-process on a fake IO: the IO at once (to press Ctrl-C), the result when done. */
export function startWith(args: string[], options: FakeIOOptions = {}): { io: FakeIO; done: Promise<Ran> } {
  const io = fakeIO(options);
  const done = run(args, io).then((code) => ({ code, stdout: io.out(), stderr: io.err(), io }));
  return { io, done };
}

/** Runs `hl-orders ...args` in-process on a fake IO. */
export function runWith(args: string[], options: FakeIOOptions = {}): Promise<Ran> {
  return startWith(args, options).done;
}
