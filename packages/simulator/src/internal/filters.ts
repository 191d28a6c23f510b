// Decides whether one order matches a set of filters. Kept apart from the store
// so the matching rules (what `search` looks at, what `paymentMode` means) are
// in one short place.

import type { OrderFilters } from './list-query.js';
import type { OrderRecord } from './order-record.js';

/**
 * Builds a predicate for the filters. Rules:
 * - `status`, `contactId`, `sourceId`: exact match.
 * - `paymentStatus`: the order's hidden payment status.
 * - `paymentMode`: `live` matches `liveMode: true`, `test` matches `liveMode: false`;
 *   any other value (the spec allows any string) matches nothing.
 * - `startAt`/`endAt`: inclusive UTC days on `createdAt`.
 * - `search`: case-insensitive substring of contactName, contactEmail or sourceName
 *   (the spec says "order name", which `Order` has no property for).
 * - `funnelProductIds`: the order has at least one of the ids.
 */
export function matcher(filters: OrderFilters): (record: OrderRecord) => boolean {
  const { status, paymentStatus, paymentMode, startMs, endMs, search, contactId, sourceId } = filters;
  const funnel = filters.funnelProductIds ? new Set(filters.funnelProductIds) : undefined;
  const liveMode =
    paymentMode === undefined ? undefined : paymentMode === 'live' ? true : paymentMode === 'test' ? false : null;
  return (record) => {
    const order = record.order;
    if (status !== undefined && order.status !== status) return false;
    if (paymentStatus !== undefined && record.paymentStatus !== paymentStatus) return false;
    if (liveMode !== undefined && order.liveMode !== liveMode) return false;
    if (startMs !== undefined && record.createdMs < startMs) return false;
    if (endMs !== undefined && record.createdMs > endMs) return false;
    if (contactId !== undefined && order.contactId !== contactId) return false;
    if (sourceId !== undefined && order.sourceId !== sourceId) return false;
    if (funnel && !record.funnelProductIds.some((id) => funnel.has(id))) return false;
    if (search !== undefined && !record.haystack.includes(search)) return false;
    return true;
  };
}
