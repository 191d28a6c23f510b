// Orders that break the contract or carry hostile text, typed as Order so they
// can go in the list: a hostile server lies about types too.
import type { Order } from '@hl-orders/types';
import { type HostileStringName, hostileStrings } from './hostile-strings.js';

/** What {@link hostileOrder} can do to an order. */
export type HostileOrderKind =
  /** Every free-text field set to that hostile string. */
  | HostileStringName
  | 'missing-id'
  | 'empty-id'
  | 'null-id'
  | 'numeric-id'
  /** Numbers and booleans as strings, as the vendor's examples show them (`"amount": "100"`). */
  | 'string-numbers';

/** The free-text fields {@link hostileOrder} fills with a hostile string. */
export const HOSTILE_TEXT_FIELDS = [
  'contactName',
  'contactEmail',
  'sourceName',
  'sourceType',
  'sourceSubType',
  'status',
  'currency',
  'couponCode',
  'fulfillmentStatus',
] as const satisfies readonly (keyof Order)[];

/** The spec's example order, the default base. */
const SAMPLE: Order = {
  _id: '653f5e0cde5a1314e62a837c',
  altId: '3SwdhCu3svxI8AKsPJt6',
  altType: 'location',
  contactName: 'James Bond',
  currency: 'USD',
  amount: 100,
  status: 'completed',
  sourceType: 'funnel',
  createdAt: '2023-11-20T10:23:36.515Z',
  updatedAt: '2024-01-23T09:57:04.846Z',
};

/**
 * A copy of `base` made hostile in one way. Pass `list.makeOrder()` as base for
 * a unique id; the default base (the spec's example) always has the same one.
 */
export function hostileOrder(kind: HostileOrderKind, base: Order = SAMPLE): Order {
  const order: Record<string, unknown> = { ...base };
  switch (kind) {
    case 'missing-id':
      delete order._id;
      break;
    case 'empty-id':
      order._id = '';
      break;
    case 'null-id':
      order._id = null;
      break;
    case 'numeric-id':
      order._id = 12345;
      break;
    case 'string-numbers':
      Object.assign(order, { amount: '100', subtotal: '100', discount: '0', liveMode: 'false', totalProducts: '1' });
      break;
    default:
      for (const field of HOSTILE_TEXT_FIELDS) order[field] = hostileStrings[kind];
  }
  return order as Order;
}
