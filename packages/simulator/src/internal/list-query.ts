// Turns the query of `GET /payments/orders`, checked against the spec's rules
// (params.ts), into filters and a page window, with the checks that span two
// parameters (startAt after endAt, an empty list of funnel product ids).
import { listOrdersOperation } from '@hl-orders/types';
import { checkParams, type RawParam, utcDateMs } from './params.js';

/** The filters of a list request, normalised; absent means "no filter". */
export interface OrderFilters {
  readonly status?: string;
  readonly paymentStatus?: string;
  readonly paymentMode?: string;
  /** Inclusive lower bound on `createdAt`, ms since the epoch (UTC midnight of `startAt`). */
  readonly startMs?: number;
  /** Inclusive upper bound on `createdAt`, ms since the epoch (last ms of `endAt`, UTC). */
  readonly endMs?: number;
  /** Lower-cased search text; empty means no search. */
  readonly search?: string;
  readonly contactId?: string;
  /** Sorted, de-duplicated ids; an order matches if it has any of them. */
  readonly funnelProductIds?: readonly string[];
  readonly sourceId?: string;
}

/** A valid list request. */
export interface ListRequest {
  readonly altId: string;
  readonly locationId?: string;
  readonly filters: OrderFilters;
  readonly limit: number;
  readonly offset: number;
}

export type ParsedQuery = { ok: true; request: ListRequest } | { ok: false; problems: string[] };

const DAY_MS = 86_400_000;

/**
 * Validates a query string against the spec's rules, collecting every problem
 * in the spec's parameter order. Unknown parameters are ignored, as the spec
 * does not forbid them.
 */
export function parseListQuery(query: Readonly<Record<string, RawParam>>): ParsedQuery {
  const problems: string[] = [];
  const request = listRequest(checkParams(listOrdersOperation.query, query, problems), problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, request };
}

/** The request of checked parameter values; adds the problems that span two parameters. */
export function listRequest(
  values: Readonly<Record<string, string | number | undefined>>,
  problems: string[],
): ListRequest {
  const str = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const startAt = str('startAt');
  const endAt = str('endAt');
  const startMs = startAt === undefined ? undefined : utcDateMs(startAt);
  const endDayMs = endAt === undefined ? undefined : utcDateMs(endAt);
  if (startMs !== undefined && endDayMs !== undefined && startMs > endDayMs) {
    problems.push('startAt must not be after endAt');
  }
  const funnel = str('funnelProductIds');
  const funnelProductIds =
    funnel === undefined
      ? undefined
      : [
          ...new Set(
            funnel
              .split(',')
              .map((id) => id.trim())
              .filter(Boolean),
          ),
        ].sort();
  if (funnelProductIds?.length === 0) problems.push('funnelProductIds must contain at least one id');

  const search = str('search')?.trim().toLowerCase();
  const filters: OrderFilters = {
    status: str('status'),
    paymentStatus: str('paymentStatus'),
    paymentMode: str('paymentMode'),
    startMs,
    endMs: endDayMs === undefined ? undefined : endDayMs + DAY_MS - 1,
    search: search ? search : undefined,
    contactId: str('contactId'),
    funnelProductIds,
    sourceId: str('sourceId'),
  };
  const { limit, offset } = values;
  return {
    altId: str('altId') ?? '',
    locationId: str('locationId'),
    filters,
    limit: typeof limit === 'number' ? limit : 10,
    offset: typeof offset === 'number' ? offset : 0,
  };
}

/** A stable cache key for a set of filters (limit and offset excluded). */
export function filterKey(filters: OrderFilters): string {
  return JSON.stringify([
    filters.status,
    filters.paymentStatus,
    filters.paymentMode,
    filters.startMs,
    filters.endMs,
    filters.search,
    filters.contactId,
    filters.funnelProductIds,
    filters.sourceId,
  ]);
}

/** True when no filter is set, so the whole list is the answer. */
export function hasNoFilter(filters: OrderFilters): boolean {
  return Object.values(filters).every((value) => value === undefined);
}
