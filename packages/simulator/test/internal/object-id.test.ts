import { describe, expect, it } from 'vitest';
import { ObjectIdFactory } from '../../src/internal/object-id.js';

describe('ObjectIdFactory', () => {
  it('makes 24-hex ids: creation seconds, the machine part, then a counter', () => {
    const ids = new ObjectIdFactory('0123456789', 0xfffffe);
    const at = 0x653f5e0c * 1000; // 2023-10-30, the second of the spec's example id
    expect(ids.next(at)).toBe(`653f5e0c0123456789ffffff`);
    expect(ids.next(at + 999)).toBe(`653f5e0c0123456789000000`);
  });

  it('refuses a machine part that is not 10 lowercase hex digits', () => {
    expect(() => new ObjectIdFactory('XYZ', 0)).toThrow(RangeError);
  });
});
