import { describe, expect, it } from 'vitest';
import { tokenRedactor, tokensFrom } from '../../src/redact-token.js';

const TOKEN = 'pit-4f1c2a9e-7b3d-4c55-9a0e-d2b81f6c3e77';
const redact = tokenRedactor([TOKEN]);

describe('tokenRedactor', () => {
  it('masks the whole token, once, wherever it is', () => {
    expect(redact(`got "${TOKEN}".`)).toBe('got "[redacted]".');
    expect(redact(`--${TOKEN}=${TOKEN}`)).toBe('--[redacted]=[redacted]');
  });

  it('masks any run of 8 or more characters of it, as one mask', () => {
    expect(redact(`x${TOKEN.slice(5, 13)}y`)).toBe('x[redacted]y');
    expect(redact(`x${TOKEN.slice(3, 30)}y`)).toBe('x[redacted]y');
    expect(redact(`${TOKEN.slice(0, 10)} and ${TOKEN.slice(20)}`)).toBe('[redacted] and [redacted]');
  });

  it('leaves runs of 7 characters and ordinary text alone', () => {
    const seven = TOKEN.slice(4, 11);
    expect(redact(`x${seven}y`)).toBe(`x${seven}y`);
    expect(redact('--limit must be a whole number, got "ten".')).toBe('--limit must be a whole number, got "ten".');
  });

  it('masks runs of every token it knows', () => {
    const both = tokenRedactor([TOKEN, 'second-token-value']);
    expect(both(`a ${TOKEN} b second-token-value c`)).toBe('a [redacted] b [redacted] c');
  });

  it('a token shorter than 8 characters only where it occurs whole', () => {
    const short = tokenRedactor(['abc123']);
    expect(short('x abc123 y abc12 z')).toBe('x [redacted] y abc12 z');
  });

  it('without a token, the text as it is', () => {
    expect(tokenRedactor([])('anything')).toBe('anything');
  });
});

describe('tokensFrom', () => {
  it('--token X, --token=X and HIGHLEVEL_TOKEN', () => {
    expect(tokensFrom(['node', 'cli', '--token', 'aaa', '--token=bbb'], { HIGHLEVEL_TOKEN: 'ccc' })).toEqual([
      'aaa',
      'bbb',
      'ccc',
    ]);
    expect(tokensFrom(['node', 'cli', '--token'], { HIGHLEVEL_TOKEN: '' })).toEqual([]);
  });
});
