// CSV in the shape of RFC 4180: one header row of every Order property in the
// spec's order, fields quoted when they hold a comma, quote, CR or LF, quotes
// doubled. Nested values (sourceMeta) are written as JSON. Small enough that a
// dependency would add more than it saves.
import { type Order, orderPropertyTypes } from '@hl-orders/types';

export const CSV_COLUMNS = Object.keys(orderPropertyTypes) as (keyof Order)[];

export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(order: Order): string {
  return `${CSV_COLUMNS.map((column) => csvField(order[column])).join(',')}\r\n`;
}
