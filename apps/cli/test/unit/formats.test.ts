import { describe, expect, it } from 'vitest';
import { exportFormat, exportWriter, listFormat, outputFormat, renderPage } from '../../src/output/formats.js';
import { parseCsv } from '../support/csv.js';
import { order } from '../support/orders.js';

const page = { data: [order(1, { amount: 12.5, currency: 'USD' }), order(2, { contactName: '=cmd' })], totalCount: 7 };

describe('which format', () => {
  it('a table on a terminal, JSON when piped, unless --format says', () => {
    expect(listFormat(undefined, true)).toBe('table');
    expect(listFormat(undefined, false)).toBe('json');
    expect(listFormat('csv', true)).toBe('csv');
    expect(listFormat('table', false)).toBe('table');
  });

  it('only the formats a command has', () => {
    expect(outputFormat('ndjson', false, ['table', 'json', 'ndjson'])).toBe('ndjson');
    expect(() => outputFormat('csv', false, ['table', 'json'])).toThrow(
      '--format must be one of table, json, got "csv".',
    );
    expect(() => listFormat('xml', true)).toThrow('--format must be one of table, json, ndjson, csv, got "xml".');
  });

  it('export: --format, else the file extension, else NDJSON; never a table', () => {
    expect(exportFormat(undefined, 'out.CSV')).toBe('csv');
    expect(exportFormat(undefined, 'a.b.json')).toBe('json');
    expect(exportFormat(undefined, 'out.txt')).toBe('ndjson');
    expect(exportFormat(undefined, undefined)).toBe('ndjson');
    expect(exportFormat('json', 'out.csv')).toBe('json');
    expect(() => exportFormat('table', undefined)).toThrow(/--format must be one of json, ndjson, csv/);
  });
});

describe('renderPage: one page in every format', () => {
  it('json: the page, totalCount included, indented', () => {
    const text = renderPage(page, 'json');
    expect(JSON.parse(text)).toEqual(page);
    expect(text).toMatch(/^\{\n {2}"data": \[/);
  });

  it('ndjson: one order a line, nothing else', () => {
    const lines = renderPage(page, 'ndjson').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).map((l) => JSON.parse(l)._id)).toEqual([page.data[0]?._id, page.data[1]?._id]);
    expect(lines[2]).toBe('');
  });

  it('csv: a header, one row per order, formulas guarded unless asked', () => {
    const rows = parseCsv(renderPage(page, 'csv'));
    expect(rows).toHaveLength(3);
    const name = rows[0]?.indexOf('contactName') ?? -1;
    expect(rows[2]?.[name]).toBe("'=cmd");
    expect(parseCsv(renderPage(page, 'csv', { csvFormulas: true }))[2]?.[name]).toBe('=cmd');
  });

  it('table: the columns, within the width', () => {
    const long = { ...page, data: [...page.data, order(3, { contactName: 'x'.repeat(300) })] };
    const lines = renderPage(long, 'table', { width: 100 }).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+CREATED\s+STATUS\s+AMOUNT/);
    expect(lines[1]).toContain('12.50 USD');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(100);
  });
});

describe('exportWriter: pieces that make a valid file', () => {
  it('json: one valid array, also when empty', () => {
    const w = exportWriter('json');
    expect(JSON.parse(w.head + w.tail)).toEqual([]);
    const text = w.head + page.data.map((o, i) => w.item(o, i === 0)).join('') + w.tail;
    expect(JSON.parse(text)).toEqual(page.data);
    expect(text.split('\n')).toHaveLength(page.data.length + 3);
  });

  it('csv and ndjson', () => {
    const csv = exportWriter('csv');
    expect(parseCsv(csv.head + csv.item(page.data[0]!, true))).toHaveLength(2);
    const nd = exportWriter('ndjson');
    expect(nd.head + nd.tail).toBe('');
    expect(JSON.parse(nd.item(page.data[0]!, true))._id).toBe(page.data[0]?._id);
  });
});
