// The header rules: a bearer token (any, or one of those declared) holding the
// operation's scopes, and the Version header, over HTTP with the spec's
// bodies, plus the helpers alone.
import { describe, expect, it } from 'vitest';
import { bearerToken, hasScopes, tokenScopes, versionAccepted } from '../../src/internal/auth.js';
import {
  call,
  FULFILLMENTS_PATH,
  fulfillmentBody,
  get,
  NOTES_PATH,
  ORDER_PATH,
  PAYMENT_PATH,
  paymentBody,
} from '../support/sim-client.js';
import { useSimulators } from '../support/simulators.js';

const start = useSimulators();
const VERSION = { Version: '2021-07-28' };

describe('bearer token', () => {
  it('reads the token after a case-insensitive Bearer scheme', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer   abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('gives any non-empty token every scope unless tokens are declared, then only theirs', () => {
    const all = ['read', 'write'];
    expect(tokenScopes('x', undefined, all)).toBe(all);
    expect(tokenScopes(undefined, undefined, all)).toBeUndefined();
    expect(tokenScopes('', undefined, all)).toBeUndefined();
    const declared = new Map([['reader', ['read']]]);
    expect(tokenScopes('x', declared, all)).toBeUndefined();
    expect(tokenScopes('reader', declared, all)).toEqual(['read']);
    expect(hasScopes(['read'], ['read'])).toBe(true);
    expect(hasScopes(['read'], ['read', 'write'])).toBe(false);
    expect(hasScopes([], [])).toBe(true);
  });

  it('accepts only the Version values it is given', () => {
    expect(versionAccepted('2021-07-28', ['2021-07-28'])).toBe(true);
    expect(versionAccepted('2021-04-15', ['2021-07-28'])).toBe(false);
    expect(versionAccepted(undefined, ['2021-07-28'])).toBe(false);
  });
});

describe('over HTTP', () => {
  const unauthorized = { statusCode: 401, message: 'Invalid token: access token is invalid', error: 'Unauthorized' };

  it('answers 401 with the vendor body without a token, with another scheme or an empty one', async () => {
    const sim = await start({ count: 5 });
    for (const headers of [
      VERSION,
      { ...VERSION, Authorization: 'Basic dXNlcjpwYXNz' },
      { ...VERSION, Authorization: 'Bearer ' },
    ]) {
      const answer = await get(sim, {}, { headers });
      expect(answer.status).toBe(401);
      expect(answer.json).toEqual(unauthorized);
      // Refused before the rate limiter: no bucket to describe.
      expect(answer.headers.get('x-ratelimit-remaining')).toBeNull();
    }
  });

  it('accepts any bearer token by default', async () => {
    const sim = await start({ count: 5 });
    for (const token of ['a', 'eyJhbGciOiJIUzI1NiJ9.e30.x', 'pit-1234']) {
      expect((await get(sim, {}, { headers: { ...VERSION, Authorization: `Bearer ${token}` } })).status).toBe(200);
    }
  });

  it('accepts only the configured token when one is set', async () => {
    const sim = await start({ count: 5, token: 'secret' });
    expect((await get(sim, {}, { headers: { ...VERSION, Authorization: 'Bearer secret' } })).status).toBe(200);
    const wrong = await get(sim, {}, { headers: { ...VERSION, Authorization: 'Bearer Secret' } });
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('Secret');
  });

  it('answers 400 naming the Version header when it is missing or wrong', async () => {
    const sim = await start({ count: 5 });
    const missing = await get(sim, {}, { headers: { Authorization: 'Bearer t' } });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({
      statusCode: 400,
      message: 'Version header was not found: send Version: 2021-07-28',
    });
    const wrong = await get(sim, {}, { headers: { Authorization: 'Bearer t', Version: '2021-04-15' } });
    expect(wrong.status).toBe(400);
    expect((wrong.json as { message: string }).message).toMatch(/^Version header is invalid: expected 2021-07-28/);
  });

  it('checks the token before the Version header', async () => {
    const sim = await start({ count: 5 });
    expect((await get(sim, {}, { headers: {} })).status).toBe(401);
  });
});

describe('scopes', () => {
  const READ_ONLY = 'read-only-token';
  const PAYMENTS = 'payments-token';
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}`, Version: '2021-07-28' });
  const notAuthorized = {
    statusCode: 401,
    message: 'The token is not authorized for this scope.',
    error: 'Unauthorized',
  };
  const options = {
    count: 20,
    token: 'full-access',
    tokens: {
      [READ_ONLY]: ['payments/orders.readonly'],
      [PAYMENTS]: ['payments/orders.collectPayment'],
    },
  };

  it('lets a read-only token read everything and write nothing: 401, the vendor body, nothing changed', async () => {
    const sim = await start(options);
    const orderId = sim.records().find((r) => r.paymentStatus === 'unpaid')?.order._id as string;
    const shippedBefore = sim.fulfillments(orderId);
    const headers = bearer(READ_ONLY);
    expect((await get(sim, {}, { headers })).status).toBe(200);
    for (const path of [ORDER_PATH, FULFILLMENTS_PATH, NOTES_PATH]) {
      expect((await call(sim, { path, orderId, headers })).status, path).toBe(200);
    }
    const json = { ...headers, 'content-type': 'application/json' };
    const payment = await call(sim, {
      method: 'POST',
      path: PAYMENT_PATH,
      orderId,
      headers: json,
      body: paymentBody(sim),
    });
    expect(payment.status).toBe(401);
    expect(payment.json).toEqual(notAuthorized);
    const priceId = sim.order(orderId)?.items?.[0]?.price?._id as string;
    const fulfillment = await call(sim, {
      method: 'POST',
      path: FULFILLMENTS_PATH,
      orderId,
      headers: json,
      body: fulfillmentBody(sim, [{ priceId, qty: 1 }]),
    });
    expect(fulfillment.status).toBe(401);
    expect(fulfillment.json).toEqual(notAuthorized);
    // Refused before the rate limiter, as an invalid token is.
    expect(fulfillment.headers.get('x-ratelimit-remaining')).toBeNull();
    expect(sim.payments(orderId)?.payments).toEqual([]);
    expect(sim.fulfillments(orderId)).toEqual(shippedBefore);
  });

  it('needs the scope of each operation: collectPayment records a payment but does not read', async () => {
    const sim = await start(options);
    const orderId = sim.records().find((r) => r.paymentStatus === 'unpaid')?.order._id as string;
    const headers = { ...bearer(PAYMENTS), 'content-type': 'application/json' };
    expect(
      (await call(sim, { method: 'POST', path: PAYMENT_PATH, orderId, headers, body: paymentBody(sim) })).status,
    ).toBe(200);
    const read = await get(sim, {}, { headers: bearer(PAYMENTS) });
    expect(read.status).toBe(401);
    expect(read.json).toEqual(notAuthorized);
    expect((await get(sim, {}, { headers: bearer('full-access') })).status).toBe(200);
  });

  it('accepts only declared tokens once tokens are declared', async () => {
    const sim = await start({ count: 5, tokens: { [READ_ONLY]: ['payments/orders.readonly'] } });
    const answer = await get(sim, {}, { headers: bearer('some-other-token') });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({
      statusCode: 401,
      message: 'Invalid token: access token is invalid',
      error: 'Unauthorized',
    });
    expect((await get(sim, {}, { headers: bearer(READ_ONLY) })).status).toBe(200);
  });
});
