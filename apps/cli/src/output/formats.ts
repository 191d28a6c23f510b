// The output formats: which one applies, and how a page or an order is written.
import type { ListOrdersResponse, Order } from '@hl-orders/client';
import { UsageError } from '../exit-codes.js';
import { csvHeader, csvRow } from './csv.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
export type ExportFormat = Exclude<Format, 'table'>;

export function parseFormat(value: string | undefined, allowed: readonly string[] = FORMATS): Format | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${value}".`);
  }
  return value as Format;
}

/** `orders list`: a table on a terminal, JSON when piped, unless --format says. */
export function listFormat(flag: string | undefined, isTTY: boolean): Format {
  return parseFormat(flag) ?? (isTTY ? 'table' : 'json');
}

/** `orders export`: --format, else the output file's extension, else NDJSON. */
export function exportFormat(flag: string | undefined, output: string | undefined): ExportFormat {
  const chosen = parseFormat(flag, ['json', 'ndjson', 'csv']);
  if (chosen) return chosen as ExportFormat;
  const ext = output?.toLowerCase().split('.').pop();
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  return 'ndjson';
}

export function renderPage(page: ListOrdersResponse, format: Format, width?: number): string {
  switch (format) {
    case 'table':
      return renderTable(page.data, width);
    case 'json':
      return `${JSON.stringify(page, null, 2)}\n`;
    case 'ndjson':
      return page.data.map((o) => `${JSON.stringify(o)}\n`).join('');
    case 'csv':
      return csvHeader() + page.data.map(csvRow).join('');
  }
}

/** Streaming writers for exports: what comes before, between and after the orders. */
export function exportWriter(format: ExportFormat) {
  switch (format) {
    case 'ndjson':
      return { head: '', item: (o: Order) => `${JSON.stringify(o)}\n`, tail: '' };
    case 'csv':
      return { head: csvHeader(), item: csvRow, tail: '' };
    case 'json':
      // One order per line inside the array; the separator goes before every order but the first.
      return {
        head: '[',
        item: (o: Order, first: boolean) => `${first ? '\n' : ',\n'}${JSON.stringify(o)}`,
        tail: '\n]\n',
      };
  }
}
