import { describe, expect, it } from 'vitest';
import { controlCharsIn, terminalAttacks } from '../src/index.js';

describe('controlCharsIn', () => {
  it('reports every C0, C1 and DEL character with its position', () => {
    expect(controlCharsIn(terminalAttacks.ansiClearScreen)).toEqual([
      { index: 0, code: 'U+001B' },
      { index: 4, code: 'U+001B' },
    ]);
    expect(controlCharsIn(terminalAttacks.c1Csi)).toEqual([{ index: 0, code: 'U+009B' }]);
    expect(controlCharsIn('a\u007fb')).toEqual([{ index: 1, code: 'U+007F' }]);
    expect(controlCharsIn('plain text, café')).toEqual([]);
  });

  it('allows newline and tab when asked, and reports bidi and line separators when asked', () => {
    expect(controlCharsIn('a\nb\tc')).toHaveLength(2);
    expect(controlCharsIn('a\nb\tc', { allow: '\n\t' })).toEqual([]);
    expect(controlCharsIn('a\r\n', { allow: '\n\t' })).toEqual([{ index: 1, code: 'U+000D' }]);
    expect(controlCharsIn(terminalAttacks.bidiOverride)).toEqual([]);
    expect(
      controlCharsIn(`${terminalAttacks.bidiOverride}${terminalAttacks.lineSeparator}`, { formatting: true }),
    ).toEqual([
      { index: 7, code: 'U+202E' },
      { index: 18, code: 'U+2028' },
    ]);
  });
});
