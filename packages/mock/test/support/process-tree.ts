// Looks at processes from the outside, as a user would with `ps`: which
// processes descend from a parent, whether one still runs, whether a port
// still accepts connections.
import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';

interface ProcessRow {
  pid: number;
  ppid: number;
  state: string;
}

function processTable(): ProcessRow[] {
  const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,stat='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 3)
    .map(([pid, ppid, state]) => ({ pid: Number(pid), ppid: Number(ppid), state: state ?? '' }));
}

/** Every process started by `pid`, directly or through its children. */
export function descendantsOf(pid: number): number[] {
  const rows = processTable();
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const row of rows) {
      if (row.ppid === parent && !row.state.startsWith('Z')) {
        found.push(row.pid);
        queue.push(row.pid);
      }
    }
  }
  return found;
}

/**
 * Whether `pid` is a running process. A zombie counts as gone: it has exited
 * and holds no port, but an init that does not reap orphans (as in some
 * containers) keeps it in the table, where `process.kill(pid, 0)` still succeeds.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const row = processTable().find((r) => r.pid === pid);
  return row !== undefined && !row.state.startsWith('Z');
}

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
export function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls `check` until it is true; false if it is still false after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits up to `timeoutMs` until none of `pids` runs and `port` refuses
 * connections; returns what is left (empty when everything is gone).
 */
export async function leftAfter(
  pids: readonly number[],
  port: number,
  timeoutMs: number,
): Promise<{ running: number[]; portOpen: boolean }> {
  const left = async () => ({
    running: pids.filter(isRunning),
    portOpen: await acceptsConnections(port),
  });
  await eventually(async () => {
    const now = await left();
    return now.running.length === 0 && !now.portOpen;
  }, timeoutMs);
  return left();
}
