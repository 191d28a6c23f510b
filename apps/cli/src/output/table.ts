// The human view of a page: a few columns that fit the terminal, the longest
// (contact) shortened first. Only used on a terminal unless asked for. Every
// cell is server data, so it goes through terminalText before our colour.
import type { Order } from '@hl-orders/client';
import { colorsFor } from '../color.js';
import { terminalText } from './terminal-text.js';

interface Column {
  title: string;
  value: (o: Order) => unknown;
  align?: 'right';
  flexible?: boolean;
}

const columns: Column[] = [
  { title: 'ID', value: (o) => o._id },
  { title: 'CREATED', value: (o) => text(o.createdAt).slice(0, 16).replace('T', ' ') },
  { title: 'STATUS', value: (o) => o.status },
  {
    title: 'AMOUNT',
    value: (o) => (o.amount === undefined ? '' : `${Number(o.amount).toFixed(2)} ${text(o.currency)}`.trim()),
    align: 'right',
  },
  { title: 'CONTACT', value: (o) => o.contactName ?? o.contactEmail ?? '', flexible: true },
  { title: 'SOURCE', value: (o) => [o.sourceType, o.sourceName].filter(Boolean).map(text).join(' / '), flexible: true },
];

/** A field as text, whatever type the server sent it as. */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A cell's text, one line, without anything a terminal would act on. */
function cell(value: unknown): string {
  return terminalText(text(value)).replace(/\s+/g, ' ');
}

function clip(text: string, width: number): string {
  // By code point, so that an emoji is never cut in half.
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

const length = (text: string) => Array.from(text).length;

export function renderTable(orders: Order[], terminalWidth = 120): string {
  const cells = orders.map((o) => columns.map((c) => cell(c.value(o))));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((row) => length(row[i] ?? ''))));
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
  const header = colorsFor(process.stdout).bold(line(columns.map((c) => c.title)));
  return `${[header, ...cells.map(line)].join('\n')}\n`;
}
