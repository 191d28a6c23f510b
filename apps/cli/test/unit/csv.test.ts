import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvRow, isFormula } from '../../src/output/csv.js';
import { parseCsv } from '../support/csv.js';
import { order } from '../support/orders.js';

describe('csvField: cells a spreadsheet would evaluate get a leading quote', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['-', "'-"],
    ['-5e3', "'-5e3"],
  ])('%j → %j', (value, cell) => {
    expect(csvField(value)).toBe(cell);
  });

  it('TAB, CR or whitespace before a formula: the quote goes inside the RFC 4180 quotes', () => {
    expect(csvField('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('\tplain')).toBe(`"'\tplain"`);
    expect(csvField(' =1+1')).toBe(`' =1+1`);
    expect(csvField('\n@x')).toBe(`"'\n@x"`);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });

  it('numbers and look-alikes stay exactly as they are', () => {
    for (const value of [-5, -1.5, 0, 12.5, true, false]) expect(csvField(value)).toBe(String(value));
    for (const value of ['-5', '-1.5', '+7', '-.5', '0', 'a=b', 'user@example.com', '5-3', 'O+Brien', "'=quoted"]) {
      expect(csvField(value)).toBe(value);
    }
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('formulas: true (--csv-formulas) writes them unchanged, still quoted where RFC 4180 needs it', () => {
    expect(csvField('=1+1', { formulas: true })).toBe('=1+1');
    expect(csvField('@x', { formulas: true })).toBe('@x');
    expect(csvField('=1,2', { formulas: true })).toBe('"=1,2"');
  });

  it('semicolons and tabs are quoted, so another locale cannot split a cell and start one with =', () => {
    expect(csvField('a;=1+1')).toBe('"a;=1+1"');
    expect(csvField('a\t=1+1')).toBe('"a\t=1+1"');
  });

  it('nested values are JSON, and a formula inside one is not at the start of a cell', () => {
    expect(csvField({ note: '=1+1' })).toBe('"{""note"":""=1+1""}"');
  });

  it('isFormula', () => {
    expect(isFormula('=x')).toBe(true);
    expect(isFormula('-1.5')).toBe(false);
    expect(isFormula('- 1')).toBe(true);
    expect(isFormula('x=1')).toBe(false);
  });
});

describe('csvRow', () => {
  it('a row a strict RFC 4180 reader gives back cell for cell', () => {
    const names = ['=1+1', 'Bond, James', 'say "hi"', 'two\r\nlines', '-5'];
    const rows = parseCsv(names.map((contactName, i) => csvRow(order(i, { contactName, amount: -5 }))).join(''));
    const [name, amount] = [CSV_COLUMNS.indexOf('contactName'), CSV_COLUMNS.indexOf('amount')];
    expect(rows.map((r) => r[name])).toEqual(["'=1+1", 'Bond, James', 'say "hi"', 'two\r\nlines', '-5']);
    expect(rows.map((r) => r[amount])).toEqual(['-5', '-5', '-5', '-5', '-5']);
  });
});
