// With --mock, a usage error found after the simulator started must still end
// the process with exit 2: the simulator is stopped, not left running.
import { describe, expect, it } from 'vitest';
import { start } from '../support/run-cli.js';

async function within(args: string[], ms: number) {
  const { child, done } = start(args);
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const result = await done;
  clearTimeout(timer);
  return result;
}

describe('--mock with a bad value exits with 2, promptly', () => {
  it.each([
    [['orders', 'list', '--mock', '--max-retries', '11']],
    [['orders', 'get', '653f5e0cde5a1314e62a837c', '--mock', '--timeout', '0']],
    [['orders', 'export', '--mock', '--limit', 'abc']],
  ])(
    '%j',
    async (args) => {
      const result = await within(args, 8000);
      expect(result.signal, 'still running after 8 s: killed').toBeNull();
      expect(result.stderr).toMatch(/^hl-orders: /);
      expect(result.code).toBe(2);
    },
    15_000,
  );
});
