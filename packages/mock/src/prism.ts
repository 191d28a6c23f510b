// Starts Prism (pinned in package.json) as a child process serving the bundled
// @hl-orders/spec, and makes sure it never outlives the process that started
// it, whatever ends that process: the child runs Prism through our own entry
// point (runtime/prism-process.cjs), which exits when the IPC channel to its
// parent closes. The kernel closes it even when the parent is SIGKILLed.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

const require = createRequire(import.meta.url);

/** Options of {@link startMock}. */
export interface MockOptions {
  /** TCP port on 127.0.0.1. Default: a free port chosen by the OS. */
  port?: number;
  /**
   * Generate responses from the schemas with json-schema-faker instead of
   * returning the spec's examples. Default: `false` (examples, fully deterministic).
   */
  dynamic?: boolean;
  /**
   * Seed of the dynamic generator: the same seed gives the same responses.
   * Default: `1`. Ignored unless `dynamic` is on.
   */
  seed?: string | number;
  /**
   * Answer requests that violate the spec with an error (422 or 401) instead of
   * a warning header. Default: `true`, so a stray request can't pass unnoticed.
   */
  errors?: boolean;
  /** Path of the OpenAPI document to serve. Default: the bundled `@hl-orders/spec`. */
  spec?: string;
  /** How long to wait for Prism to answer, in milliseconds. Default: `90000` (Prism takes 2-8 s alone, far longer on a loaded machine). */
  startTimeoutMs?: number;
}

/** A running mock server. */
export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  /** Milliseconds from spawn until Prism answered. */
  readonly startupMs: number;
  /** Stops Prism and waits until its process has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/** Path of the bundled spec that the mock serves by default. */
export function bundledSpecPath(): string {
  return require.resolve('@hl-orders/spec/openapi.yaml');
}

function prismBin(): string {
  const pkg = require.resolve('@stoplight/prism-cli/package.json');
  return join(dirname(pkg), 'dist', 'index.js');
}

// src/ (in tests) and dist/ (built) are both one level below the package root.
function prismProcessEntry(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'runtime', 'prism-process.cjs');
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

// The child exits by itself once this process is gone; killing it here too
// ends it at once on a normal exit, even if its event loop is busy.
function killAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/**
 * Starts a Prism mock of the spec on 127.0.0.1 and resolves once it answers.
 * Prism runs in one child process that never outlives the calling process,
 * however that process ends (SIGKILL included).
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const attempts = options.port === undefined ? 3 : 1;
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await startOnce(options.port ?? (await freePort()), options);
    } catch (error) {
      lastError = error;
      if (!(error instanceof Error && /EADDRINUSE/.test(error.message))) break;
    }
  }
  throw lastError;
}

async function startOnce(port: number, options: MockOptions): Promise<RunningMock> {
  const args = [prismProcessEntry(), prismBin(), 'mock', options.spec ?? bundledSpecPath()];
  args.push('--host', '127.0.0.1', '--port', String(port), '--verboseLevel', 'warn');
  // Prism forks a cluster worker when NODE_ENV=production: a grandchild that
  // nothing here would watch. One process serves a local mock just as well.
  args.push('--no-multiprocess');
  if (options.errors ?? true) args.push('--errors');
  if (options.dynamic) args.push('--dynamic', '--seed', String(options.seed ?? 1));

  const started = performance.now();
  // The 'ipc' channel is what the child watches to know that we are alive.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  running.add(child);
  killAllOnExit();
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = once(child, 'exit').then(() => running.delete(child));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };

  const deadline = started + (options.startTimeoutMs ?? 90_000);
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Prism exited before answering on ${url}:\n${output.trim()}`);
    }
    try {
      // Any HTTP answer (Prism says 404 for an unknown path) means it is up.
      await fetch(`${url}/__health`, { signal: AbortSignal.timeout(1000) });
      return { url, port, startupMs: performance.now() - started, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stop();
  throw new Error(`Prism did not answer on ${url} within ${options.startTimeoutMs ?? 90_000} ms:\n${output.trim()}`);
}
