// Checks a List Orders query before anything is sent, against the constraints
// generated from the spec (so a contract change moves these checks with it), and
// names the field and the value in the error. Also normalises dates: ISO 8601
// date-times are accepted and sent as the `YYYY-MM-DD` date they were written on.
import { type ListOrdersQuery, listOrdersQueryConstraints } from '@hl-orders/types';
import { ValidationError } from './errors.js';
import { quoteUntrusted } from './internal/untrusted-text.js';

type Constraint = {
  required: boolean;
  type?: string;
  format?: string;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
};
const constraints: Record<string, Constraint> = listOrdersQueryConstraints;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)/;

/** The refused value, short and printable (it may be anything a caller typed). */
function show(value: unknown): string {
  return typeof value === 'string' ? `"${quoteUntrusted(value, 80)}"` : quoteUntrusted(String(value), 80);
}

function fail(field: string, value: unknown, problem: string): never {
  throw new ValidationError({ field, value, message: `${field} ${problem} (got ${show(value)}).` });
}

/** A real calendar date written as `YYYY-MM-DD` or an ISO 8601 date-time; returns `YYYY-MM-DD`. */
function checkDate(field: string, value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match)
    fail(field, value, 'must be a date as YYYY-MM-DD (or an ISO 8601 date-time such as 2024-02-01T00:00:00Z)');
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    fail(field, value, 'is not a real calendar date');
  }
  return match[0].slice(0, 10);
}

function checkValue(field: string, value: unknown, c: Constraint): unknown {
  if (c.type === 'integer' || c.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(field, value, 'must be a number');
    if (c.type === 'integer' && !Number.isInteger(value)) fail(field, value, 'must be a whole number');
    if (c.minimum !== undefined && value < c.minimum) fail(field, value, `must be at least ${c.minimum}`);
    if (c.maximum !== undefined && value > c.maximum) fail(field, value, `must be at most ${c.maximum}`);
    return value;
  }
  if (typeof value !== 'string') fail(field, value, 'must be a string');
  if (c.format === 'date') return checkDate(field, value);
  if (c.enum && !c.enum.includes(value)) fail(field, value, `must be one of ${c.enum.join(', ')}`);
  if (c.minLength !== undefined && value.length < c.minLength) {
    fail(field, value, c.minLength === 1 ? 'must not be empty' : `must have at least ${c.minLength} characters`);
  }
  if (c.pattern !== undefined && !new RegExp(c.pattern).test(value)) fail(field, value, `must match ${c.pattern}`);
  return value;
}

/**
 * Returns the query as it will be sent (dates normalised, undefined dropped) or
 * throws `ValidationError` naming the first bad field.
 */
export function validateListOrdersQuery(query: ListOrdersQuery): ListOrdersQuery {
  if (query === null || typeof query !== 'object') {
    throw new ValidationError({
      field: 'query',
      value: query,
      message: 'The query must be an object with at least altId (the location id).',
    });
  }
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(query)) {
    const c = constraints[field];
    if (!c) {
      const known = Object.keys(constraints).join(', ');
      throw new ValidationError({
        field,
        value,
        message: `Unknown query parameter "${quoteUntrusted(field, 60)}": the parameters are ${known}.`,
      });
    }
    if (value === undefined) continue;
    out[field] = checkValue(field, value, c);
  }
  for (const [field, c] of Object.entries(constraints)) {
    if (c.required && out[field] === undefined) {
      throw new ValidationError({
        field,
        value: undefined,
        message: `${field} is required (the sub-account's location id).`,
      });
    }
  }
  const { startAt, endAt } = out as { startAt?: string; endAt?: string };
  if (startAt && endAt && startAt > endAt) {
    throw new ValidationError({
      field: 'startAt',
      value: startAt,
      message: `startAt (${startAt}) is after endAt (${endAt}): swap them.`,
    });
  }
  return out as ListOrdersQuery;
}
