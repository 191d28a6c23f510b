// Defaults and the checks that name a wrong option before anything starts.
import { describe, expect, it } from 'vitest';
import { type SimulatorOptions, startSimulator } from '../src/index.js';
import { resolveOptions } from '../src/options.js';

describe('resolveOptions', () => {
  it('applies the documented defaults', () => {
    const resolved = resolveOptions({});
    expect(resolved).toMatchObject({
      port: 0,
      locationId: '3SwdhCu3svxI8AKsPJt6',
      count: 250,
      seed: 1,
      historyEndMs: Date.parse('2026-11-01T00:00:00.000Z'),
      historyDays: 730,
      tokens: undefined,
      rateLimit: { max: 100, intervalMs: 10_000, daily: 200_000 },
      faults: {},
    });
    expect(resolved.clock).toBe(Date.now);
  });

  it('fills a partial rate limit from the defaults, and takes false for none', () => {
    expect(resolveOptions({ rateLimit: { max: 5 } }).rateLimit).toEqual({ max: 5, intervalMs: 10_000, daily: 200_000 });
    expect(resolveOptions({ rateLimit: false }).rateLimit).toBe(false);
    expect(resolveOptions({ historyEnd: new Date(0) }).historyEndMs).toBe(0);
  });

  it('gives token every scope, and declared tokens their own', () => {
    const resolved = resolveOptions({ token: 'full', tokens: { reader: ['payments/orders.readonly'] } });
    expect(resolved.tokens?.get('reader')).toEqual(['payments/orders.readonly']);
    expect([...(resolved.tokens?.get('full') ?? [])].sort()).toEqual([
      'payments/orders.collectPayment',
      'payments/orders.readonly',
      'payments/orders.write',
    ]);
    expect([...(resolveOptions({ token: 'only' }).tokens?.keys() ?? [])]).toEqual(['only']);
  });

  it('refuses a token declared twice or scopes that are not a list, without repeating the token', () => {
    const secret = 'pit-0123456789abcdef';
    const cases: SimulatorOptions[] = [
      { token: secret, tokens: { [secret]: [] } },
      { tokens: { [secret]: 'payments/orders.readonly' as unknown as string[] } },
      { tokens: { [secret]: [''] } },
      { tokens: { '': ['payments/orders.readonly'] } },
    ];
    for (const options of cases) {
      expect(() => resolveOptions(options)).toThrow(/^startSimulator: (token|tokens)/);
      try {
        resolveOptions(options);
      } catch (error) {
        expect((error as Error).message).not.toContain(secret);
      }
    }
  });

  it('names the option that is wrong', () => {
    expect(() => resolveOptions({ count: -1 })).toThrow(/count must be a whole number >= 0/);
    expect(() => resolveOptions({ port: 70_000 })).toThrow(/port must be/);
    expect(() => resolveOptions({ locationId: '' })).toThrow(/locationId must not be empty/);
    expect(() => resolveOptions({ token: '' })).toThrow(/token must not be empty/);
    expect(() => resolveOptions({ historyEnd: 'someday' })).toThrow(/historyEnd/);
    expect(() => resolveOptions({ historyDays: 0 })).toThrow(/historyDays/);
    expect(() => resolveOptions({ rateLimit: { max: 0 } })).toThrow(/rateLimit.max/);
    expect(() => resolveOptions({ rateLimit: { intervalMs: 1.5 } })).toThrow(/rateLimit.intervalMs/);
    expect(() => resolveOptions({ rateLimit: { daily: -1 } })).toThrow(/rateLimit.daily/);
  });

  it('makes startSimulator reject before listening', async () => {
    await expect(startSimulator({ count: 1.5 })).rejects.toThrow(RangeError);
    await expect(startSimulator({ faults: { failures: [{ kind: 'status', count: 0 }] } })).rejects.toThrow(/count/);
  });
});
