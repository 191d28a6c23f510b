// The built package as consumers load it: the CommonJS and the ESM entry points
// both create a working client (a CJS interop slip once broke only one of them).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const fetch = async () => Response.json({ data: [], totalCount: 0 });

describe('dist', () => {
  it('require("@hl-orders/client") works', async () => {
    const { createOrdersClient } = require('../dist/index.cjs');
    const client = createOrdersClient({ token: 'dist-token', fetch, rateLimiter: false });
    expect(await client.orders.list({ altId: 'a' })).toEqual({ data: [], totalCount: 0 });
  });

  it('import("@hl-orders/client") works', async () => {
    // A computed specifier: typecheck runs before this package is built.
    const entry = new URL('../dist/index.js', import.meta.url).href;
    const { createOrdersClient } = await import(entry);
    const client = createOrdersClient({ token: 'dist-token', fetch, rateLimiter: false });
    expect(await client.orders.list({ altId: 'a' })).toEqual({ data: [], totalCount: 0 });
  });
});
