// Every status the spec documents for GET /payments/orders, produced by the
// simulator and validated against the spec: body schema for the status, JSON
// content type, and the rate-limit headers on 200 and 429. (Every other test's
// answers are validated too, through support/sim-client.ts.)
import { describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index.js';
import { type Answer, get, type Query } from './support/sim-client.js';
import { fakeClock, useSimulators } from './support/simulators.js';
import { responseProblems, spec } from './support/validate-response.js';

const start = useSimulators();

/** How to make the simulator answer each documented status. */
const producers: Record<string, (sim: RunningSimulator) => Promise<Answer>> = {
  200: (sim) => get(sim, { limit: 100 }),
  400: (sim) => get(sim, {}, { headers: { Authorization: 'Bearer t' }, validate: false }),
  401: (sim) => get(sim, {}, { headers: { Version: '2021-07-28' }, validate: false }),
  403: (sim) => get(sim, { altId: 'elsewhere' }, { validate: false }),
  404: (sim) => get(sim, {}, { path: '/payments/order', validate: false }),
  422: (sim) => get(sim, { limit: 0, startAt: '2024-02-30' }, { validate: false }),
  429: async (sim) => {
    sim.resetRateLimits();
    for (let i = 0; i < 3; i++) await get(sim, {}, { validate: false });
    return get(sim, {}, { validate: false });
  },
  500: (sim) => failing(sim, 500),
  502: (sim) => failing(sim, 502),
  503: (sim) => failing(sim, 503, 5),
  504: (sim) => failing(sim, 504),
};

function failing(sim: RunningSimulator, status: 500 | 502 | 503 | 504, retryAfter?: number): Promise<Answer> {
  sim.resetRateLimits();
  sim.fail({ kind: 'status', status, retryAfter });
  return get(sim, {}, { validate: false });
}

describe('every documented status conforms to the spec', () => {
  const documented = Object.keys(spec.paths['/payments/orders']?.get?.responses ?? {});

  it('has a way to produce each documented status', () => {
    expect(documented.sort()).toEqual(Object.keys(producers).sort());
  });

  for (const status of documented) {
    it(`${status}`, async () => {
      const clock = fakeClock('2026-11-22T12:00:00.000Z');
      const sim = await start({ count: 120, clock: clock.read, rateLimit: { max: 3, intervalMs: 1000 } });
      const answer = await producers[status]!(sim);
      expect(answer.status).toBe(Number(status));
      expect(responseProblems(answer)).toEqual([]);
      if (status === '200' || status === '429') {
        for (const header of ['x-ratelimit-max', 'x-ratelimit-remaining', 'x-ratelimit-interval-milliseconds']) {
          expect(answer.headers.get(header)).toMatch(/^\d+$/);
        }
      }
      if (status === '429') expect(answer.headers.get('retry-after')).toBe('1');
      if (status === '503') expect(answer.headers.get('retry-after')).toBe('5');
    });
  }

  it('a daily 429 conforms too', async () => {
    const clock = fakeClock('2026-11-22T12:00:00.000Z');
    const sim = await start({ count: 5, clock: clock.read, rateLimit: { daily: 1 } });
    await get(sim);
    const answer = await get(sim);
    expect(answer.status).toBe(429);
    expect(answer.headers.get('x-ratelimit-daily-remaining')).toBe('0');
    expect(responseProblems(answer)).toEqual([]);
  });

  it('pages of every size and filter conform, including an empty one', async () => {
    const sim = await start({ count: 400, seed: 'conformance', rateLimit: false });
    const queries: Query[] = [{ limit: 1 }, { limit: 100, offset: 300 }, { status: 'refunded' }, { search: 'none' }];
    for (const query of queries) {
      const answer = await get(sim, query, { validate: false });
      expect(responseProblems(answer), JSON.stringify(query)).toEqual([]);
    }
  });
});
