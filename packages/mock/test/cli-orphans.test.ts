// The hl-orders-mock binary stops what it started on SIGINT/SIGTERM, and
// leaves no process or port behind when it is killed or crashes, in both modes.
import { describe, expect, it } from 'vitest';
import { binary, serving, useParents } from './support/parent-process.js';
import { acceptsConnections, descendantsOf, eventually, isRunning, leftAfter } from './support/process-tree.js';

const spawnParent = useParents();
const nothing = { running: [], portOpen: false };

describe.each([
  { mode: 'prism', flags: [], processes: 1 },
  // The simulator runs inside the binary: it starts no process of its own.
  { mode: 'simulator', flags: ['--simulator', '--count', '5', '--no-rate-limit'], processes: 0 },
])('hl-orders-mock ($mode)', { timeout: 180_000 }, ({ flags, processes }) => {
  async function startBinary() {
    const parent = await serving(spawnParent([binary, ...flags]));
    const started = descendantsOf(parent.pid);
    expect(started, 'the processes the binary started').toHaveLength(processes);
    expect(await acceptsConnections(parent.port)).toBe(true);
    return { parent, started };
  }

  it.each(['SIGTERM', 'SIGINT'] as const)('%s: stops the server, then exits 0', async (signal) => {
    const { parent, started } = await startBinary();
    parent.child.kill(signal);
    expect(await parent.exited).toEqual([0, null]);
    // Stopped before exiting: nothing to wait for.
    expect(await leftAfter(started, parent.port, 0)).toEqual(nothing);
  });

  it('SIGKILL: leaves no process and no port behind', async () => {
    const { parent, started } = await startBinary();
    parent.child.kill('SIGKILL');
    expect(await parent.exited).toEqual([null, 'SIGKILL']);
    expect(await leftAfter(started, parent.port, 5000)).toEqual(nothing);
  });

  it('an uncaught exception: leaves no process and no port behind', async () => {
    const { parent, started } = await startBinary();
    parent.child.kill('SIGUSR2');
    expect(await parent.exited).toEqual([1, null]);
    expect(parent.stderr()).toContain('injected failure');
    expect(await leftAfter(started, parent.port, 5000)).toEqual(nothing);
  });
});

describe('hl-orders-mock interrupted while Prism starts', { timeout: 180_000 }, () => {
  it('exits 143 on SIGTERM and leaves no process behind', async () => {
    const parent = spawnParent([binary]);
    expect(await eventually(() => descendantsOf(parent.pid).length > 0, 20_000)).toBe(true);
    const started = descendantsOf(parent.pid);
    expect(parent.stdout(), 'Prism answered before the test could interrupt it').toBe('');
    parent.child.kill('SIGTERM');
    expect(await parent.exited).toEqual([143, null]);
    await eventually(() => !started.some(isRunning), 5000);
    expect(started.filter(isRunning)).toEqual([]);
  });
});
