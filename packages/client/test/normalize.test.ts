import { describe, expect, it } from 'vitest';
import { normalizeListOrdersResponse, type Order } from '../src/index.js';

// The vendor's own example order, exactly as its docs print it.
const vendorExample = {
  _id: '653f5e0cde5a1314e62a837c',
  altId: '3SwdhCu3svxI8AKsPJt6',
  altType: 'location',
  amount: '100',
  subtotal: '100',
  discount: '10',
  status: 'completed',
  liveMode: 'false',
  totalProducts: '5',
  sourceType: 'funnel',
  sourceMeta:
    '{ domain: "app.gohighlevel.com", pageId:  "rBVhyYhMsbxbO8ZqOcei", pageUrl:  "/v2/preview/rBVhyYhMsbxbO8ZqOcei", stepId:   "5a772f62-3fbc-418b-af1b-be8929dd64c2"}',
  couponCode: '100PER',
  createdAt: '2023-11-20T10:23:36.515Z',
  updatedAt: '2024-01-23T09:57:04.846Z',
  onetimeProducts: '1',
  recurringProducts: '1',
} as unknown as Order;

describe('normalizeListOrdersResponse', () => {
  it("turns the vendor example's strings into the spec's numbers, booleans and object", () => {
    const page = normalizeListOrdersResponse({ data: [vendorExample], totalCount: '1' as unknown as number });
    expect(page.totalCount).toBe(1);
    expect(page.data[0]).toMatchObject({
      amount: 100,
      subtotal: 100,
      discount: 10,
      liveMode: false,
      totalProducts: 5,
      onetimeProducts: 1,
      recurringProducts: 1,
      sourceMeta: { domain: 'app.gohighlevel.com', pageId: 'rBVhyYhMsbxbO8ZqOcei', stepId: expect.any(String) },
      // strings stay strings, even when they look numeric
      couponCode: '100PER',
      _id: '653f5e0cde5a1314e62a837c',
    });
  });

  it('leaves values it cannot convert exactly as received', () => {
    const odd = { ...vendorExample, amount: 'n/a', liveMode: 'yes', sourceMeta: 'funnel page' } as unknown as Order;
    const [order] = normalizeListOrdersResponse({ data: [odd], totalCount: 1 }).data;
    expect(order).toMatchObject({ amount: 'n/a', liveMode: 'yes', sourceMeta: 'funnel page' });
  });

  it('returns well-typed orders untouched (same object)', () => {
    const good = { ...vendorExample, amount: 100, liveMode: true } as Order;
    const clean = Object.fromEntries(
      Object.entries(good).filter(([, v]) => typeof v !== 'string' || !/^\d+$|^(true|false)$|^\{/.test(v)),
    ) as Order;
    const page = { data: [clean], totalCount: 1 };
    expect(normalizeListOrdersResponse(page).data[0]).toBe(clean);
  });
});
