import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../src/index.js';

const headers = { Authorization: 'Bearer test-token', Version: '2021-07-28' };

describe('startMock', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock?.stop());

  it('serves the spec on 127.0.0.1', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${mock.url}/payments/orders?altId=loc1`, { headers });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.totalCount).toBeGreaterThanOrEqual(body.data.length);
    expect(body.data[0]._id).toBe('653f5e0cde5a1314e62a837c');
  });

  it('rejects a request that breaks the contract', async () => {
    const res = await fetch(`${mock.url}/payments/orders?limit=10`, { headers });
    expect(res.status).toBe(422);
  });

  it('rejects a request without a token', async () => {
    const res = await fetch(`${mock.url}/payments/orders?altId=loc1`, {
      headers: { Version: '2021-07-28' },
    });
    expect(res.status).toBe(401);
  });
});

// Two Prisms start at once below: on a loaded 2-core machine that can take
// longer than the default 30 s.
describe('startMock lifecycle', { timeout: 60_000 }, () => {
  it('stops its process, and a second stop is harmless', async () => {
    const mock = await startMock();
    await mock.stop();
    await mock.stop();
    await expect(fetch(`${mock.url}/payments/orders`)).rejects.toThrow();
  });

  it('gives the same dynamic responses for the same seed', async () => {
    const a = await startMock({ dynamic: true, seed: 'same' });
    const b = await startMock({ dynamic: true, seed: 'same' });
    try {
      const get = (url: string) => fetch(`${url}/payments/orders?altId=loc1`, { headers }).then((r) => r.json());
      expect(await get(a.url)).toEqual(await get(b.url));
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('names the problem when the spec cannot be served', async () => {
    await expect(startMock({ spec: '/nonexistent/openapi.yaml', startTimeoutMs: 90_000 })).rejects.toThrow(
      /Prism exited before answering/,
    );
  });
});
