// The built binary (dist/cli.js; turbo builds before testing): the simulator
// mode prints its URL on stdout, serves, and exits 0 on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  return { child, out: () => stdout, err: () => stderr };
}

describe('hl-orders-mock --simulator', () => {
  it('prints the URL, serves the simulator, and exits 0 on SIGTERM', async () => {
    const { child, out, err } = run([
      '--simulator',
      '--count',
      '7',
      '--seed',
      '3',
      '--token',
      'tok-7f3a',
      '--no-rate-limit',
    ]);
    while (!out().includes('\n')) {
      if (child.exitCode !== null) throw new Error(`exited early: ${err()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const url = out().trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/payments/orders?altId=3SwdhCu3svxI8AKsPJt6`, {
      headers: { Authorization: 'Bearer tok-7f3a', Version: '2021-07-28' },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).totalCount).toBe(7);
    expect(err()).toMatch(/simulating 7 orders of location 3SwdhCu3svxI8AKsPJt6/);
    expect(err()).not.toContain('tok-7f3a');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('exits 2 with the usage on a bad flag', async () => {
    const { child, err } = run(['--simulator', '--rate-limit', 'lots']);
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(err()).toMatch(/--rate-limit must be MAX\/MS/);
    expect(err()).toMatch(/Usage: hl-orders-mock/);
  });
});
