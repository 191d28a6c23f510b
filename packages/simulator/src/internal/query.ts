// Validates the query string of `GET /payments/orders` against the spec's rules
// (see contract.ts) and turns it into filters and a page window. Problems are
// collected, not thrown, because the API answers 422 with one message per
// invalid parameter, in NestJS/class-validator wording.
import type { ListOrdersContract, QueryParamRule } from './contract.js';

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

type RawQuery = Record<string, string | string[] | undefined>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a `YYYY-MM-DD` date, or undefined when it is malformed or impossible (2024-02-30). */
export function utcDateMs(text: string): number | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2024-02-30 over to March; a round trip catches that.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms;
}

const DAY_MS = 86_400_000;

/** Checks one parameter; returns its value (string or number) or pushes its problems. */
function checkParam(
  rule: QueryParamRule,
  raw: string | string[] | undefined,
  problems: string[],
): string | number | undefined {
  const { name } = rule;
  if (raw === undefined) {
    if (rule.required) problems.push(`${name} should not be empty`);
    return typeof rule.default === 'number' ? rule.default : undefined;
  }
  // A repeated parameter arrives as an array; the API takes each one once
  // (funnelProductIds is one comma-separated string, not a repetition).
  if (Array.isArray(raw)) {
    problems.push(`${name} must be a string`);
    return undefined;
  }
  if (rule.type === 'integer' || rule.type === 'number') {
    const number = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(number) || (rule.type === 'integer' && !/^[+-]?\d+$/.test(raw.trim()))) {
      problems.push(`${name} must be ${rule.type === 'integer' ? 'an integer' : 'a'} number`);
      return undefined;
    }
    const before = problems.length;
    if (rule.minimum !== undefined && number < rule.minimum)
      problems.push(`${name} must not be less than ${rule.minimum}`);
    if (rule.maximum !== undefined && number > rule.maximum)
      problems.push(`${name} must not be greater than ${rule.maximum}`);
    return problems.length === before ? number : undefined;
  }
  if (rule.required && raw === '') {
    problems.push(`${name} should not be empty`);
    return undefined;
  }
  if (rule.minLength !== undefined && raw.length < rule.minLength) {
    problems.push(raw === '' ? `${name} should not be empty` : `${name} must be at least ${rule.minLength} characters`);
    return undefined;
  }
  if (rule.enum && !rule.enum.includes(raw)) {
    problems.push(`${name} must be one of the following values: ${rule.enum.join(', ')}`);
    return undefined;
  }
  if (rule.date && utcDateMs(raw) === undefined) {
    problems.push(`${name} must be a valid date in the format YYYY-MM-DD`);
    return undefined;
  }
  return raw;
}

/** Validates a parsed query string against the contract. Unknown parameters are ignored, as the spec does not forbid them. */
export function parseListQuery(query: RawQuery, contract: ListOrdersContract): ParsedQuery {
  const problems: string[] = [];
  const values: Record<string, string | number | undefined> = {};
  for (const rule of contract.query) values[rule.name] = checkParam(rule, query[rule.name], problems);

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
  if (problems.length > 0) return { ok: false, problems };

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
  const limit = values.limit;
  const offset = values.offset;
  return {
    ok: true,
    request: {
      altId: str('altId') ?? '',
      locationId: str('locationId'),
      filters,
      limit: typeof limit === 'number' ? limit : 10,
      offset: typeof offset === 'number' ? offset : 0,
    },
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
