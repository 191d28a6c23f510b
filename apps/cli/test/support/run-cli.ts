// Runs the built binary (dist/cli.js) as a user would, collecting its exit
// code, stdout and stderr; or starts it in the background to interrupt it.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment without the caller's HighLevel variables, plus `env`. */
export function cleanEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const key of Object.keys(base)) if (key.startsWith('HIGHLEVEL_') || key === 'FORCE_COLOR') delete base[key];
  return { ...base, NO_COLOR: undefined, ...env } as NodeJS.ProcessEnv;
}

export interface StartOptions {
  /** What stdin holds; without it, stdin is not connected. */
  input?: string | Uint8Array;
}

export function start(args: string[], env: Record<string, string | undefined> = {}, options: StartOptions = {}) {
  const stdin = options.input === undefined ? 'ignore' : 'pipe';
  const child = spawn(process.execPath, [CLI, ...args], { env: cleanEnv(env), stdio: [stdin, 'pipe', 'pipe'] });
  if (options.input !== undefined) {
    // The CLI may stop reading early (a body over the cap): that is not the test's error.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input);
  }
  const out = { stdout: '', stderr: '' };
  child.stdout?.on('data', (c: Buffer) => {
    out.stdout += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    out.stderr += c.toString();
  });
  const done: Promise<Result> = once(child, 'close').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
    ...out,
  }));
  return { child: child as ChildProcess, done, out };
}

export function run(
  args: string[],
  env: Record<string, string | undefined> = {},
  options: StartOptions = {},
): Promise<Result> {
  return start(args, env, options).done;
}
