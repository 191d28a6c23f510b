import { describe, expect, it } from 'vitest';
import { parseCliArgs, usage } from '../../src/internal/cli-args.js';

describe('parseCliArgs', () => {
  it('starts Prism by default, with its flags', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'prism', options: { port: undefined, dynamic: false, seed: undefined } });
    expect(parseCliArgs(['--port', '4010', '--dynamic', '--seed', 'x'])).toEqual({
      kind: 'prism',
      options: { port: 4010, dynamic: true, seed: 'x' },
    });
  });

  it('starts the simulator with its flags', () => {
    expect(
      parseCliArgs([
        '--simulator',
        '--count',
        '1000',
        '--seed',
        '42',
        '--token',
        'secret',
        '--location',
        'loc',
        '--rate-limit',
        '5/1000',
        '--latency',
        '20',
      ]),
    ).toEqual({
      kind: 'simulator',
      options: {
        port: undefined,
        count: 1000,
        seed: 42,
        token: 'secret',
        locationId: 'loc',
        rateLimit: { max: 5, intervalMs: 1000 },
        faults: { latencyMs: 20 },
      },
    });
    expect(parseCliArgs(['--simulator', '--no-rate-limit', '--seed', 'acme'])).toEqual({
      kind: 'simulator',
      options: { port: undefined, rateLimit: false, seed: 'acme' },
    });
  });

  it('names the mistake', () => {
    const error = (args: string[]) => {
      const command = parseCliArgs(args);
      return command.kind === 'usage-error' ? command.message : command.kind;
    };
    expect(error(['--count', '5'])).toBe('--count needs --simulator');
    expect(error(['--simulator', '--dynamic'])).toMatch(/--dynamic is for the Prism mock/);
    expect(error(['--simulator', '--count', '1.5'])).toMatch(/--count must be a whole number/);
    expect(error(['--simulator', '--rate-limit', '5'])).toMatch(/--rate-limit must be MAX\/MS/);
    expect(error(['--simulator', '--rate-limit', '0/10'])).toMatch(/--rate-limit must be MAX\/MS/);
    expect(error(['--simulator', '--rate-limit', '5/10', '--no-rate-limit'])).toMatch(/cannot be used together/);
    expect(error(['--port', '0'])).toMatch(/--port must be a whole number from 1 to 65535/);
    expect(error(['--simulator', '--token', ''])).toBe('--token must not be empty');
    expect(error(['--frobnicate'])).toMatch(/Unknown option '--frobnicate'/);
  });

  it('documents every flag in the help', () => {
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
    for (const flag of [
      '--port',
      '--dynamic',
      '--seed',
      '--simulator',
      '--count',
      '--token',
      '--location',
      '--rate-limit',
      '--no-rate-limit',
      '--latency',
    ]) {
      expect(usage).toContain(flag);
    }
  });
});
