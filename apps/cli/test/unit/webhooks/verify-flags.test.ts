// The flags that say how to verify: each refusal names its flag and what to pass.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/exit-codes.js';
import { schemeFor, signatureFlag, toleranceFlag } from '../../../src/webhooks/verify-flags.js';

const refused = (fn: () => unknown, message: RegExp) => {
  expect(fn).toThrow(UsageError);
  expect(fn).toThrow(message);
};

describe('--signature', () => {
  it('a base64 value is taken as given, trimmed', () => {
    expect(signatureFlag(' abc+/09== ')).toBe('abc+/09==');
    expect(signatureFlag('abc-_09')).toBe('abc-_09');
  });

  it('pasted with its header name: the value is taken', () => {
    expect(signatureFlag('x-ghl-signature: abcd')).toBe('abcd');
    expect(signatureFlag('X-WH-Signature:abcd')).toBe('abcd');
  });

  it.each([
    [undefined, /^--signature is required: the value of the delivery's x-ghl-signature header/],
    ['', /^--signature is empty/],
    ['x-ghl-signature: ', /^--signature is empty/],
    ['not base64!', /^--signature must be one base64 value/],
    ['a'.repeat(2049), /^--signature must be one base64 value/],
  ])('%j is refused', (value, message) => refused(() => signatureFlag(value), message));
});

describe('--tolerance and --no-check-timestamp', () => {
  it('5 minutes by default, in milliseconds', () => {
    expect(toleranceFlag({})).toBe(300_000);
    expect(toleranceFlag({ tolerance: '3600' })).toBe(3_600_000);
  });

  it('--no-check-timestamp: no window at all', () => {
    expect(toleranceFlag({ checkTimestamp: false })).toBe(Number.POSITIVE_INFINITY);
  });

  it.each([
    [{ tolerance: '0' }, /^--tolerance must be a whole number from 1, got "0"/],
    [{ tolerance: '5m' }, /^--tolerance must be a whole number from 1, got "5m"/],
    [{ tolerance: String(400 * 86_400) }, /^--tolerance is at most 31622400 seconds .* pass --no-check-timestamp/],
    [{ tolerance: '60', checkTimestamp: false }, /^--tolerance sets the window that --no-check-timestamp turns off/],
  ])('%j is refused', (flags, message) => refused(() => toleranceFlag(flags), message));
});

describe('--scheme', () => {
  const ed = { path: 'ed.pem', scheme: 'ed25519' as const };
  const rsa = { path: 'rsa.pem', scheme: 'rsa' as const };

  it("follows the key; without one, RSA (HighLevel's published key)", () => {
    expect(schemeFor(undefined, ed)).toBe('ed25519');
    expect(schemeFor(undefined, rsa)).toBe('rsa');
    expect(schemeFor(undefined, undefined)).toBe('rsa');
    expect(schemeFor('rsa', undefined)).toBe('rsa');
    expect(schemeFor('ed25519', ed)).toBe('ed25519');
  });

  it('ed25519 needs a key: HighLevel does not publish it', () =>
    refused(() => schemeFor('ed25519', undefined), /^--scheme ed25519 needs --public-key FILE/));

  it('a key of the other kind is refused, naming the file', () =>
    refused(() => schemeFor('rsa', ed), /^--public-key ed\.pem is an Ed25519 key but --scheme is rsa/));

  it('an unknown scheme is refused', () =>
    refused(() => schemeFor('hmac', undefined), /^--scheme must be ed25519 \(x-ghl-signature\) or rsa/));
});
