// One order (`orders get`) for a person: its main fields, one a line, then its
// items with the price id that `orders fulfil --item` needs. Server data, so
// every value passes through `cell` (terminal-safe, one line).
import type { OrderDetail, OrderItem } from '@hl-orders/types';
import { type Column, cell, minute, money, renderColumns, type TableOptions, text } from './table.js';

const ITEM_COLUMNS: Column<OrderItem>[] = [
  { title: 'PRICE ID', value: (item) => item.price?._id },
  { title: 'ITEM', value: (item) => item.name ?? item.product?.name, flexible: true },
  { title: 'QTY', value: (item) => item.qty, align: 'right' },
  { title: 'UNIT PRICE', value: (item) => money(item.price?.amount, item.price?.currency), align: 'right' },
];

function contact(order: OrderDetail): string {
  const snapshot = (order.contactSnapshot ?? {}) as Record<string, unknown>;
  const name = [snapshot.first_name, snapshot.last_name].filter(Boolean).map(text).join(' ');
  const email = snapshot.email ? text(snapshot.email) : '';
  return [name, email && name ? `<${email}>` : email].filter(Boolean).join(' ') || text(order.contactId);
}

function amount(order: OrderDetail): string {
  const total = money(order.amount, order.currency);
  const summary = order.amountSummary;
  if (!summary) return total;
  const parts = [`subtotal ${money(summary.subtotal, order.currency)}`];
  if (summary.discount) parts.push(`discount ${money(summary.discount, order.currency)}`);
  return `${total} (${parts.join(', ')})`;
}

function fields(order: OrderDetail): [string, string][] {
  const source = order.source;
  const rows: [string, unknown][] = [
    ['ID', order._id],
    ['STATUS', order.status],
    ['PAYMENT', order.paymentStatus],
    ['FULFILMENT', order.fulfillmentStatus],
    ['AMOUNT', amount(order)],
    ['CONTACT', contact(order)],
    ['SOURCE', [source?.type, source?.subType, source?.name].filter(Boolean).map(text).join(' / ')],
    ['COUPON', (order.coupon as { code?: unknown } | undefined)?.code],
    ['MODE', order.liveMode === undefined ? '' : order.liveMode ? 'live' : 'test'],
    ['CREATED', minute(order.createdAt)],
    ['UPDATED', minute(order.updatedAt)],
  ];
  return rows.map(([label, value]): [string, string] => [label, cell(value)]).filter(([, value]) => value !== '');
}

export function renderOrderDetail(order: OrderDetail, options: TableOptions = {}): string {
  const rows = fields(order);
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(8, (options.width ?? 120) - labelWidth - 2);
  const clip = (value: string) => {
    const chars = Array.from(value);
    return chars.length <= valueWidth ? value : `${chars.slice(0, valueWidth - 1).join('')}…`;
  };
  const head = rows.map(([label, value]) => `${label.padEnd(labelWidth)}  ${clip(value)}`).join('\n');
  const items = order.items ?? [];
  return items.length ? `${head}\n\n${renderColumns(items, ITEM_COLUMNS, options)}` : `${head}\n`;
}
