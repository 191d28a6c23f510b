// The helpers the client's and CLI's tests grep their output and errors with.
import { describe, expect, it } from 'vitest';
import { findTokenFragments, inspectEverything, tokenWindows } from '../src/index.js';

const TOKEN = 'pit-0123456789abcdef';

describe('token fragments', () => {
  it('lists every 8-character window of a token, or the whole of a short one', () => {
    const windows = tokenWindows(TOKEN);
    expect(windows).toHaveLength(TOKEN.length - 7);
    expect(windows[0]).toBe('pit-0123');
    expect(windows.at(-1)).toBe('89abcdef');
    expect(tokenWindows('short')).toEqual(['short']);
    expect(tokenWindows('')).toEqual([]);
    expect(tokenWindows(TOKEN, 4)).toHaveLength(TOKEN.length - 3);
  });

  it('finds a fragment however the token was cut, and nothing in clean text', () => {
    expect(findTokenFragments(`invalid token ${TOKEN.slice(4, 13)}…`, TOKEN)).toEqual(['01234567', '12345678']);
    expect(findTokenFragments('invalid token pit-****', TOKEN)).toEqual([]);
  });

  it('inspects everything a thrown error carries: message, stack, causes, hidden and JSON properties', () => {
    const error = Object.assign(new Error('request failed'), { response: { headers: { echo: TOKEN } } });
    Object.defineProperty(error, 'secret', { value: 'hidden-value', enumerable: false });
    error.cause = new Error('inner cause');
    const text = inspectEverything(error);
    for (const part of ['request failed', 'inner cause', 'hidden-value', 'at ', '"response":'])
      expect(text).toContain(part);
    expect(findTokenFragments(text, TOKEN).length).toBeGreaterThan(0);
    const cyclic: Record<string, unknown> = { message: 'loop' };
    cyclic.self = cyclic;
    expect(inspectEverything(cyclic)).toContain('loop');
  });
});
