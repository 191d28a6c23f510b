// Redirects carry their Location; the other origin records who followed them.
import { describe, expect, it } from 'vitest';
import { redirect } from '../../src/index.js';
import { useServer } from '../support/use-server.js';

const start = useServer();

describe('redirect', () => {
  it('answers each status with the Location given, without following anything itself', async () => {
    const server = await start();
    const statuses = [301, 302, 303, 307, 308] as const;
    server.use(...statuses.map((status) => redirect({ status, location: 'http://127.0.0.2:9/steal' })));
    for (const status of statuses) {
      const response = await fetch(server.url, { redirect: 'manual' });
      expect(response.status).toBe(status);
      expect(response.headers.get('location')).toBe('http://127.0.0.2:9/steal');
    }
  });

  it('sends a client that follows to the other origin, which records what it was sent', async () => {
    const server = await start({ orders: 2 });
    server.use(redirect({ status: 307, location: (ctx) => `${ctx.otherOriginUrl}/payments/orders?stolen=1` }));
    const response = await fetch(`${server.url}/payments/orders`, { headers: { 'x-secret': 'kept' } });
    expect(response.url.startsWith(server.otherOrigin.url)).toBe(true);
    expect(((await response.json()) as { totalCount: number }).totalCount).toBe(2);
    expect(server.otherOrigin.requests).toHaveLength(1);
    expect(server.otherOrigin.requests[0]).toMatchObject({ path: '/payments/orders', query: { stolen: '1' } });
    expect(server.otherOrigin.requests[0]!.headers['x-secret']).toBe('kept');
    expect(server.requests).toHaveLength(1);
  });

  it('redirects within the same origin too', async () => {
    const server = await start({ orders: 1 });
    server.use(redirect({ status: 301, location: '/payments/orders?limit=1' }));
    const response = await fetch(`${server.url}/old`);
    expect(response.status).toBe(200);
    expect(server.requests.map((r) => r.path)).toEqual(['/old', '/payments/orders']);
  });
});
