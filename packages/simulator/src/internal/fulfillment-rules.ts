// What create-fulfillment may ship, decided from the order's lines and what
// was shipped before, without HTTP. The body has passed the spec's rules
// already; these are the rules of the order's state, each refusal a 422
// message naming the item, because the request is well-formed but this order
// cannot take it (the spec keeps 400 for malformed requests).
import type { FulfillmentItemInput } from '@hl-orders/types';
import type { Line } from './order-detail.js';

/** The fulfillment statuses the vendor uses (`Order.fulfillmentStatus`). */
export type FulfillmentStatus = 'unfulfilled' | 'partially_fulfilled' | 'fulfilled';

export type FulfillmentDecision =
  | { readonly ok: true; readonly lines: readonly { readonly line: Line; readonly qty: number }[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Decides a fulfillment: each `priceId` must be the price of a line of the
 * order, and the quantities asked for one price (added up, if it is named
 * twice) must not exceed what of it is not yet shipped. Every problem is
 * reported at once; the lines shipped come back in the order first named.
 */
export function decideFulfillment(
  orderId: string,
  lines: readonly Line[],
  shipped: ReadonlyMap<string, number>,
  requested: readonly FulfillmentItemInput[],
): FulfillmentDecision {
  const problems: string[] = [];
  const asked = new Map<string, { line: Line; qty: number }>();
  requested.forEach(({ priceId, qty }, i) => {
    const line = lines.find((candidate) => candidate.price._id === priceId);
    if (!line) {
      problems.push(`items.${i}.priceId ${priceId} is not the price of an item of order ${orderId}`);
      return;
    }
    const entry = asked.get(priceId) ?? { line, qty: 0 };
    entry.qty += qty;
    asked.set(priceId, entry);
    const left = line.qty - (shipped.get(priceId) ?? 0);
    if (entry.qty > left) {
      problems.push(
        `items.${i}.qty ${qty} is more than the ${left} of "${line.name}" (priceId ${priceId}) not yet fulfilled` +
          (entry.qty > qty ? ` (${entry.qty} asked in all)` : ''),
      );
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines: [...asked.values()] };
}

/** `fulfilled` once every unit shipped, `partially_fulfilled` once some did, `unfulfilled` before. */
export function fulfillmentStatusOf(lines: readonly Line[], shipped: ReadonlyMap<string, number>): FulfillmentStatus {
  const units = lines.reduce((sum, line) => sum + line.qty, 0);
  const done = lines.reduce((sum, line) => sum + Math.min(line.qty, shipped.get(line.price._id) ?? 0), 0);
  if (done === 0) return 'unfulfilled';
  return done >= units ? 'fulfilled' : 'partially_fulfilled';
}
