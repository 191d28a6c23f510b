// Turns the orders a caller gives (plain `Order`s or orders with their hidden
// attributes) into records, checking what the simulator relies on.
import type { Order } from '@hl-orders/types';
import type { SimulatorOrderInput } from '../options.js';
import { OrderRecord, paymentStatusFor } from './order-record.js';

function isWrapped(input: SimulatorOrderInput): input is Exclude<SimulatorOrderInput, Order> {
  return 'order' in input && typeof input.order === 'object' && input.order !== null;
}

/** A record for one given order; throws a TypeError naming the order when it cannot be served. */
export function recordFromInput(input: SimulatorOrderInput): OrderRecord {
  const order = isWrapped(input) ? input.order : input;
  if (typeof order._id !== 'string' || order._id === '')
    throw new TypeError('startSimulator: every order needs an _id');
  // A copy, so freezing it does not freeze the caller's object.
  const copy: Order = structuredClone(order);
  return isWrapped(input)
    ? new OrderRecord(copy, input.paymentStatus ?? paymentStatusFor(order.status), input.funnelProductIds ?? [])
    : new OrderRecord(copy, paymentStatusFor(order.status), []);
}
