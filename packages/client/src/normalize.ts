// The vendor's documents show numbers and booleans as strings ("amount": "100",
// "liveMode": "false") and sourceMeta as a JavaScript-literal string. When a live
// response does the same, a typed client would otherwise hand out a string typed
// as number ("100" + 1 === "1001"). With `normalize` on (the default) such values
// are converted to the spec's types; anything that can't be converted safely is
// left exactly as received.
import {
  type ListOrdersResponse,
  listOrdersResponsePropertyTypes,
  type Order,
  orderPropertyTypes,
} from '@hl-orders/types';

const NUMERIC = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

function coerce(value: unknown, type: string | undefined): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  switch (type) {
    case 'number':
    case 'integer':
      return NUMERIC.test(trimmed) ? Number(trimmed) : value;
    case 'boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : value;
    case 'object':
      return parseObjectLiteral(trimmed) ?? value;
    default:
      return value;
  }
}

/** JSON, or a flat JS object literal with bare keys and double-quoted values. */
function parseObjectLiteral(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  for (const candidate of [text, text.replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":')]) {
    try {
      const parsed: unknown = JSON.parse(candidate);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // not this form; try the next
    }
  }
  return undefined;
}

function normalizeRecord<T>(record: T, types: Record<string, string | undefined>): T {
  if (!record || typeof record !== 'object') return record;
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(record)) {
    const fixed = coerce(value, types[key]);
    if (fixed !== value) {
      copy = copy ?? { ...(record as Record<string, unknown>) };
      copy[key] = fixed;
    }
  }
  return (copy ?? record) as T;
}

const orderTypes: Record<string, string | undefined> = orderPropertyTypes;
const pageTypes: Record<string, string | undefined> = listOrdersResponsePropertyTypes;

/** One order with string-encoded numbers, booleans and sourceMeta converted. */
export function normalizeOrder(order: Order): Order {
  return normalizeRecord(order, orderTypes);
}

/** A page with its totalCount and every order normalised. */
export function normalizeListOrdersResponse(page: ListOrdersResponse): ListOrdersResponse {
  const fixed = normalizeRecord(page, pageTypes);
  if (!Array.isArray(fixed?.data)) return fixed;
  return { ...fixed, data: fixed.data.map(normalizeOrder) };
}
