// A script that called startMock() and died, however it died, leaves no Prism
// process behind and no port taken. The parent is a real process (a fixture
// script run from the built dist), killed from outside.
import { describe, expect, it } from 'vitest';
import { fixture, serving, useParents } from './support/parent-process.js';
import { acceptsConnections, descendantsOf, leftAfter } from './support/process-tree.js';

const spawnParent = useParents();
const nothing = { running: [], portOpen: false };

async function startParent() {
  // NODE_ENV=production makes Prism 5 fork a cluster worker by default, a
  // grandchild of the script: the mock must run as one process all the same.
  const parent = await serving(spawnParent([fixture('start-mock-and-wait.mjs')], { NODE_ENV: 'production' }));
  const started = descendantsOf(parent.pid);
  expect(started, 'the processes the script started').toHaveLength(1);
  expect(await acceptsConnections(parent.port)).toBe(true);
  return { parent, started };
}

describe('startMock when the process that called it dies', { timeout: 180_000 }, () => {
  it.each(['SIGKILL', 'SIGTERM', 'SIGINT'] as const)('%s: Prism exits and frees its port', async (signal) => {
    const { parent, started } = await startParent();
    parent.child.kill(signal);
    expect(await parent.exited).toEqual([null, signal]);
    expect(await leftAfter(started, parent.port, 5000)).toEqual(nothing);
  });

  it('an uncaught exception: Prism exits and frees its port', async () => {
    const { parent, started } = await startParent();
    parent.child.kill('SIGUSR2');
    expect(await parent.exited).toEqual([1, null]);
    expect(parent.stderr()).toContain('injected failure');
    expect(await leftAfter(started, parent.port, 5000)).toEqual(nothing);
  });
});
