// The output formats: which one applies, and how a page or an order is written.
import type { ListOrdersResponse, Order } from '@hl-orders/client';
import { UsageError } from '../exit-codes.js';
import { csvHeader, csvRow } from './csv.js';
import { jsonText } from './json-text.js';
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

/** A table on a terminal, JSON when piped, unless --format says (one of `allowed`). */
export function outputFormat<F extends Format = Format>(
  flag: string | undefined,
  isTTY: boolean,
  allowed: readonly F[] = FORMATS as readonly Format[] as readonly F[],
): F | 'table' | 'json' {
  return (parseFormat(flag, allowed) as F | undefined) ?? (isTTY ? 'table' : 'json');
}

/** `orders list`: every format. */
export function listFormat(flag: string | undefined, isTTY: boolean): Format {
  return outputFormat(flag, isTTY);
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

/** One value as JSON: indented for `json`, on one line for `ndjson`. */
export function jsonOutput(value: unknown, format: 'json' | 'ndjson'): string {
  return `${format === 'json' ? jsonText(value, 2) : jsonText(value)}\n`;
}

export interface RenderOptions {
  /** Terminal width for a table, in columns. Default: 120. */
  width?: number;
  /** A bold table header. Default: `false`. */
  color?: boolean;
  /** CSV: write cells a spreadsheet would evaluate as formulas unchanged (--csv-formulas). Default: `false`. */
  csvFormulas?: boolean;
}

export function renderPage(page: ListOrdersResponse, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case 'table':
      return renderTable(page.data, options);
    case 'json':
      return `${jsonText(page, 2)}\n`;
    case 'ndjson':
      return page.data.map((o) => `${jsonText(o)}\n`).join('');
    case 'csv':
      return csvHeader() + page.data.map((o) => csvRow(o, { formulas: options.csvFormulas })).join('');
  }
}

export interface ExportWriterOptions {
  /** CSV: write cells a spreadsheet would evaluate as formulas unchanged (--csv-formulas). Default: `false`. */
  csvFormulas?: boolean;
}

/** Streaming writers for exports: what comes before, between and after the orders. */
export function exportWriter(format: ExportFormat, options: ExportWriterOptions = {}) {
  switch (format) {
    case 'ndjson':
      return { head: '', item: (o: Order) => `${jsonText(o)}\n`, tail: '' };
    case 'csv':
      return { head: csvHeader(), item: (o: Order) => csvRow(o, { formulas: options.csvFormulas }), tail: '' };
    case 'json':
      // One order per line inside the array; the separator goes before every order but the first.
      return {
        head: '[',
        item: (o: Order, first: boolean) => `${first ? '\n' : ',\n'}${jsonText(o)}`,
        tail: '\n]\n',
      };
  }
}
