// Fulfillments (`orders fulfillments`, `orders fulfil`) as a table or CSV: one
// row per shipped item, so that a spreadsheet can sum quantities by price id.
import type { FulfilledItem, Fulfillment } from '@hl-orders/types';
import { type CsvOptions, csvRecord } from './csv.js';
import { type Column, minute, renderColumns, type TableOptions, text } from './table.js';

interface ShippedItem {
  fulfillment: Fulfillment;
  /** Absent for a fulfillment without items, which still gets a row. */
  item?: FulfilledItem;
}

function shippedItems(fulfillments: readonly Fulfillment[]): ShippedItem[] {
  return fulfillments.flatMap((fulfillment) =>
    fulfillment.items?.length ? fulfillment.items.map((item) => ({ fulfillment, item })) : [{ fulfillment }],
  );
}

const tracking = (f: Fulfillment) =>
  (f.trackings ?? [])
    .map((t) => [t.shippingCarrier, t.trackingNumber].filter(Boolean).map(text).join(' '))
    .filter(Boolean)
    .join(', ');

const COLUMNS: Column<ShippedItem>[] = [
  { title: 'FULFILLMENT', value: (r) => r.fulfillment._id },
  { title: 'CREATED', value: (r) => minute(r.fulfillment.createdAt) },
  { title: 'PRICE ID', value: (r) => r.item?.price?._id ?? r.item?._id },
  { title: 'ITEM', value: (r) => r.item?.name ?? r.item?.product?.name, flexible: true },
  { title: 'QTY', value: (r) => r.item?.qty, align: 'right' },
  { title: 'TRACKING', value: (r) => tracking(r.fulfillment), flexible: true },
];

export function renderFulfillments(fulfillments: readonly Fulfillment[], options: TableOptions = {}): string {
  return renderColumns(shippedItems(fulfillments), COLUMNS, options);
}

/** The CSV columns; `trackings` holds the fulfillment's trackings as JSON, like every nested value. */
export const FULFILLMENT_CSV_COLUMNS = [
  'fulfillmentId',
  'createdAt',
  'updatedAt',
  'priceId',
  'name',
  'qty',
  'trackings',
] as const;

export function fulfillmentsCsv(fulfillments: readonly Fulfillment[], options: CsvOptions = {}): string {
  const rows = shippedItems(fulfillments).map(({ fulfillment: f, item }) =>
    csvRecord(
      [f._id, f.createdAt, f.updatedAt, item?.price?._id ?? item?._id, item?.name, item?.qty, f.trackings ?? []],
      options,
    ),
  );
  return csvRecord(FULFILLMENT_CSV_COLUMNS) + rows.join('');
}
