import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/output/json-text.js';

const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('jsonText', () => {
  it('escapes U+2028, U+2029, C1 controls and bidi controls as \\uXXXX', () => {
    expect(jsonText({ a: 'x\u2028y\u2029z\u0085\u009b\u202e' })).toBe('{"a":"x\\u2028y\\u2029z\\u0085\\u009b\\u202e"}');
  });

  it('is JSON.stringify for everything else, indentation included', () => {
    const value = { a: [1, 'two', { three: null }], b: 'é 王 🎉 "q" \\ \n \u001b' };
    expect(jsonText(value)).toBe(JSON.stringify(value));
    expect(jsonText(value, 2)).toBe(JSON.stringify(value, null, 2));
  });

  it('parses back to exactly the same values, for every character of the BMP and lone surrogates', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    const value = { all, nested: [{ all }], [all.slice(0x70, 0xa0)]: 'key with C1' };
    const text = jsonText(value, 2);
    expect(text).not.toMatch(UNSAFE);
    expect(JSON.parse(text)).toEqual(value);
  });
});
