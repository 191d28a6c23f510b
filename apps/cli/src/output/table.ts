// The human view of rows: a few columns that fit the terminal, the longest
// flexible one shortened first. Only used on a terminal unless asked for.
// Every cell is server data, so it goes through terminalText before our colour.
import type { Order } from '@hl-orders/client';
import pc from 'picocolors';
import { terminalText } from './terminal-text.js';

export interface Column<T> {
  title: string;
  value: (row: T) => unknown;
  align?: 'right';
  /** May be shortened (with …) so that the row fits the terminal. */
  flexible?: boolean;
}

export interface TableOptions {
  /** Terminal width, in columns. Default: 120. */
  width?: number;
  /** A bold header. Default: `false`. */
  color?: boolean;
}

/** A field as text, whatever type the server sent it as. */
export function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A cell's text, one line, without anything a terminal would act on. */
export function cell(value: unknown): string {
  return terminalText(text(value)).replace(/\s+/g, ' ');
}

/** "2023-11-20 10:23" from an ISO 8601 date-time. */
export const minute = (value: unknown) => text(value).slice(0, 16).replace('T', ' ');

/** "90.00 USD"; empty when there is no amount. */
export function money(amount: unknown, currency: unknown): string {
  if (amount === undefined || amount === null || amount === '') return '';
  return `${Number(amount).toFixed(2)} ${text(currency)}`.trim();
}

function clip(text: string, width: number): string {
  // By code point, so that an emoji is never cut in half.
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

const length = (text: string) => Array.from(text).length;

export function renderColumns<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  options: TableOptions = {},
): string {
  const terminalWidth = options.width ?? 120;
  // Titles too: the columns of an undocumented shape (notes) are named by the server.
  const titles = columns.map((c) => cell(c.title));
  const cells = rows.map((row) => columns.map((c) => cell(c.value(row))));
  const widths = titles.map((title, i) => Math.max(length(title), ...cells.map((row) => length(row[i] ?? ''))));
  // Shrink the widest flexible column, down to the next widest (or 8), until the row fits the terminal.
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  for (let over = total() - terminalWidth; over > 0; over = total() - terminalWidth) {
    const flexible = widths.map((w, k) => (columns[k]?.flexible ? w : -1));
    const i = flexible.indexOf(Math.max(...flexible));
    const widest = flexible[i] ?? -1;
    if (widest <= 8) break;
    const next = Math.max(8, ...flexible.filter((_, k) => k !== i));
    widths[i] = widest - Math.max(1, Math.min(over, widest - next));
  }
  const pad = (text: string, width: number, right: boolean) => {
    const fill = ' '.repeat(Math.max(0, width - length(text)));
    return right ? fill + text : text + fill;
  };
  const line = (row: string[]) =>
    row
      .map((text, i) => pad(clip(text, widths[i] ?? 0), widths[i] ?? 0, columns[i]?.align === 'right'))
      .join('  ')
      .trimEnd();
  const header = pc.createColors(options.color ?? false).bold(line(titles));
  return `${[header, ...cells.map(line)].join('\n')}\n`;
}

const ORDER_COLUMNS: Column<Order>[] = [
  { title: 'ID', value: (o) => o._id },
  { title: 'CREATED', value: (o) => minute(o.createdAt) },
  { title: 'STATUS', value: (o) => o.status },
  { title: 'AMOUNT', value: (o) => money(o.amount, o.currency), align: 'right' },
  { title: 'CONTACT', value: (o) => o.contactName ?? o.contactEmail ?? '', flexible: true },
  { title: 'SOURCE', value: (o) => [o.sourceType, o.sourceName].filter(Boolean).map(text).join(' / '), flexible: true },
];

/** A page of orders, as `orders list` shows it on a terminal. */
export function renderTable(orders: readonly Order[], options: TableOptions = {}): string {
  return renderColumns(orders, ORDER_COLUMNS, options);
}
