import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, secretRedactor } from '../../src/internal/redact.js';
import { leaks } from '../support/token-windows.js';

const TOKEN = 'pit-3f9c2e1a-7b4d-4c8e-9a1f-5d6e7f8a9b0c';

describe('secretRedactor', () => {
  const redact = secretRedactor(TOKEN);

  it('masks the whole token, a prefix, a suffix and any piece of 8 characters or more', () => {
    expect(redact(`Bearer ${TOKEN}`)).toBe(`Bearer ${REDACTED}`);
    expect(redact(`token=${TOKEN.slice(0, 12)}…`)).toBe(`token=${REDACTED}…`);
    expect(redact(`…${TOKEN.slice(-9)}"}`)).toBe(`…${REDACTED}"}`);
    expect(redact(`x${TOKEN.slice(10, 18)}y`)).toBe(`x${REDACTED}y`);
  });

  it('leaves shorter pieces and ordinary text alone', () => {
    expect(redact(`id ${TOKEN.slice(3, 10)} ok`)).toBe(`id ${TOKEN.slice(3, 10)} ok`);
    expect(redact('Invalid token: access token is invalid')).toBe('Invalid token: access token is invalid');
  });

  it('merges overlapping and adjacent pieces into one mask', () => {
    expect(redact(`${TOKEN}${TOKEN}`)).toBe(REDACTED);
    expect(redact(`a${TOKEN.slice(0, 20)}${TOKEN.slice(15)}b`)).toBe(`a${REDACTED}b`);
  });

  it('treats a secret shorter than 8 characters as an exact match, and one under 6 as no secret', () => {
    expect(secretRedactor('abc1234')('xabc1234y abc123')).toBe(`x${REDACTED}y abc123`);
    expect(secretRedactor('t')('the text')).toBe('the text');
  });

  it('leaves no 8-character window of the token in any text, wherever pieces of it are put', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            filler: fc.string({ maxLength: 30 }),
            start: fc.nat(TOKEN.length - 1),
            length: fc.integer({ min: 1, max: TOKEN.length }),
          }),
          { maxLength: 6 },
        ),
        fc.string({ maxLength: 30 }),
        (pieces, tail) => {
          const text = pieces.map((p) => p.filler + TOKEN.slice(p.start, p.start + p.length)).join('') + tail;
          expect(leaks(redact(text), TOKEN)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
