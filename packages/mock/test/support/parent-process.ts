// Spawns a process that starts a mock or simulator (a fixture script or the
// hl-orders-mock binary) and waits for the URL it prints on stdout.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const binary = fileURLToPath(new URL('../../bin/hl-orders-mock.js', import.meta.url));

export interface ParentProcess {
  child: ChildProcess;
  pid: number;
  /** Resolves with the exit code and signal once the parent has exited. */
  exited: Promise<[number | null, NodeJS.Signals | null]>;
  stdout(): string;
  stderr(): string;
}

export interface ServingParent extends ParentProcess {
  url: string;
  port: number;
}

/** Spawns parents for a test file and SIGKILLs any still running after each test. */
export function useParents(): (args: string[], env?: NodeJS.ProcessEnv) => ParentProcess {
  const started: ChildProcess[] = [];
  afterEach(() => {
    for (const child of started.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return (args, env) => {
    // The preload lets a test crash the parent with SIGUSR2.
    const child = spawn(process.execPath, ['--import', fixture('throw-on-sigusr2.mjs'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    started.push(child);
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    if (child.pid === undefined) throw new Error(`could not spawn ${args.join(' ')}`);
    return { child, pid: child.pid, exited, stdout: () => stdout, stderr: () => stderr };
  };
}

/** Waits until the parent printed its URL; fails with its stderr if it exits first. */
export async function serving(parent: ParentProcess, timeoutMs = 120_000): Promise<ServingParent> {
  const deadline = Date.now() + timeoutMs;
  while (!parent.stdout().includes('\n')) {
    const { exitCode, signalCode } = parent.child;
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`the parent exited (${exitCode ?? signalCode}) before serving:\n${parent.stderr()}`);
    }
    if (Date.now() > deadline) throw new Error(`the parent printed no URL within ${timeoutMs} ms:\n${parent.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = parent.stdout().split('\n')[0]?.trim() ?? '';
  const port = Number(new URL(url).port);
  return { ...parent, url, port };
}
