// The vendor's documents show numbers and booleans as strings ("amount": "100",
// "liveMode": "false") and sourceMeta as a JavaScript-literal string. When a live
// response does the same, a typed client would otherwise hand out a string typed
// as number ("100" + 1 === "1001"). With `normalize` on (the default) such values
// are converted to the spec's types, following the coercion map generated for
// each operation; anything that can't be converted safely is left exactly as
// received.
import { type Coercion, type ListOrdersResponse, listOrdersOperation, type Order } from '@hl-orders/types';

const NUMERIC = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

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

/** `value` with what `coercion` says converted; the same object when nothing changed. */
export function coerce(value: unknown, coercion: Coercion | undefined): unknown {
  if (coercion === undefined || value === null || value === undefined) return value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (coercion === 'n') return NUMERIC.test(text) ? Number(text) : value;
    if (coercion === 'b') return text === 'true' ? true : text === 'false' ? false : value;
    if (typeof coercion === 'object' && 'items' in coercion) return value;
    const parsed = parseObjectLiteral(text);
    return parsed === undefined ? value : coerce(parsed, coercion);
  }
  if (typeof coercion !== 'object') return value;
  if ('items' in coercion) {
    if (!Array.isArray(value)) return value;
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const fixed = coerce(item, coercion.items);
      if (fixed === item) return;
      copy ??= [...value];
      copy[i] = fixed;
    });
    return copy ?? value;
  }
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, inner] of Object.entries(coercion.fields)) {
    const item = (value as Record<string, unknown>)[key];
    const fixed = coerce(item, inner);
    if (fixed === item) continue;
    copy ??= { ...(value as Record<string, unknown>) };
    copy[key] = fixed;
  }
  return copy ?? value;
}

const pageCoercion = listOrdersOperation.response.coerce;

/** One order with string-encoded numbers, booleans and sourceMeta converted. */
export function normalizeOrder(order: Order): Order {
  return coerce(order, pageCoercion.fields.data.items) as Order;
}

/** A page with its totalCount and every order normalised. */
export function normalizeListOrdersResponse(page: ListOrdersResponse): ListOrdersResponse {
  return coerce(page, pageCoercion) as ListOrdersResponse;
}
