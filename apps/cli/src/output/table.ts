// The human view of a page: a few columns that fit the terminal, the longest
// (contact) shortened first. Only used on a terminal unless asked for.
import type { Order } from '@hl-orders/client';
import { colorsFor } from '../color.js';

interface Column {
  title: string;
  value: (o: Order) => string;
  align?: 'right';
  flexible?: boolean;
}

const columns: Column[] = [
  { title: 'ID', value: (o) => o._id },
  { title: 'CREATED', value: (o) => o.createdAt.slice(0, 16).replace('T', ' ') },
  { title: 'STATUS', value: (o) => o.status },
  {
    title: 'AMOUNT',
    value: (o) => (o.amount === undefined ? '' : `${Number(o.amount).toFixed(2)} ${o.currency ?? ''}`.trim()),
    align: 'right',
  },
  { title: 'CONTACT', value: (o) => o.contactName ?? o.contactEmail ?? '', flexible: true },
  { title: 'SOURCE', value: (o) => [o.sourceType, o.sourceName].filter(Boolean).join(' / '), flexible: true },
];

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
}

export function renderTable(orders: Order[], terminalWidth = 120): string {
  const cells = orders.map((o) => columns.map((c) => c.value(o).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((row) => (row[i] ?? '').length)));
  // Shrink the flexible columns until the row fits the terminal.
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  for (let guard = 0; total() > terminalWidth && guard < 500; guard++) {
    const i = widths.reduce((best, w, k) => (columns[k]?.flexible && w > (widths[best] ?? 0) ? k : best), -1);
    if (i < 0 || (widths[i] ?? 0) <= 8) break;
    widths[i] = (widths[i] ?? 0) - 1;
  }
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const text = clip(cell, w);
        return columns[i]?.align === 'right' ? text.padStart(w) : text.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  const header = colorsFor(process.stdout).bold(line(columns.map((c) => c.title)));
  return `${[header, ...cells.map(line)].join('\n')}\n`;
}
