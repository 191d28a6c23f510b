// Turns the filter flags into a List Orders query. The flags use the words of a
// person (--from, --contact); the query uses the API's names (startAt, contactId).
import type { ListOrdersQuery } from '@hl-orders/client';
import { UsageError } from './exit-codes.js';

export interface FilterFlags {
  status?: string;
  paymentStatus?: string;
  paymentMode?: string;
  from?: string;
  to?: string;
  search?: string;
  contact?: string;
  source?: string;
  funnelProducts?: string;
  limit?: string;
  offset?: string;
}

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--${flag} must be a whole number, got "${value}".`);
  return Number(value);
}

export function queryFromFlags(altId: string, flags: FilterFlags): ListOrdersQuery {
  const query: ListOrdersQuery = {
    altId,
    status: flags.status,
    paymentStatus: flags.paymentStatus as ListOrdersQuery['paymentStatus'],
    paymentMode: flags.paymentMode,
    startAt: flags.from,
    endAt: flags.to,
    search: flags.search,
    contactId: flags.contact,
    sourceId: flags.source,
    funnelProductIds: flags.funnelProducts,
    limit: integer('limit', flags.limit),
    offset: integer('offset', flags.offset),
  };
  for (const key of Object.keys(query) as (keyof ListOrdersQuery)[]) {
    if (query[key] === undefined) delete query[key];
  }
  return query;
}
