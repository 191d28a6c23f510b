// The header rules: a bearer token (any, or exactly the configured one) and
// the Version header, over HTTP with the spec's bodies, plus the helpers alone.
import { describe, expect, it } from 'vitest';
import { bearerToken, tokenAccepted, versionAccepted } from '../../src/internal/auth.js';
import { get } from '../support/sim-client.js';
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

  it('accepts any non-empty token unless one is configured', () => {
    expect(tokenAccepted('x', undefined)).toBe(true);
    expect(tokenAccepted(undefined, undefined)).toBe(false);
    expect(tokenAccepted('x', 'secret')).toBe(false);
    expect(tokenAccepted('secret', 'secret')).toBe(true);
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
