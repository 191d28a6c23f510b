// The honest API: what the server answers when no behaviour says otherwise,
// and what behaviours wrap. One route table; a new endpoint of the resource
// (fulfillments, notes, record-payment, ...) is one more entry in ROUTES.
import type { Answer, RecordedRequest } from './behaviour.js';
import { type ErrorBody, errorBody } from './internal/error-body.js';
import { GENEROUS_RATE_LIMIT_HEADERS, JSON_TYPE, mergeHeaders } from './internal/headers.js';
import type { OrderList } from './order-list.js';

/** What a route handler knows. */
export interface HonestContext {
  request: RecordedRequest;
  list: OrderList;
  /** `limit` when the query has none. */
  defaultLimit: number;
  /** The route's captured path segments, decoded. */
  params: string[];
}

interface Route {
  method: string;
  path: RegExp;
  answer(ctx: HonestContext): Answer;
}

const ROUTES: readonly Route[] = [
  { method: 'GET', path: /^\/payments\/orders\/?$/, answer: listOrders },
  { method: 'GET', path: /^\/payments\/orders\/([^/]+)\/?$/, answer: getOrder },
];

/** The honest answer to `request`: a route's, or 404 like NestJS for a path it does not know. */
export function honestAnswer(request: RecordedRequest, list: OrderList, defaultLimit: number): Answer {
  for (const route of ROUTES) {
    const match = route.path.exec(request.path);
    if (route.method !== request.method || !match) continue;
    const params = match.slice(1).map(decodeSegment);
    return route.answer({ request, list, defaultLimit, params });
  }
  return json(404, errorBody(404, `Cannot ${request.method} ${request.path}`));
}

/** An answer with a JSON body and the generous rate-limit headers. */
export function json(status: number, body: unknown, headers?: Record<string, string>): Answer {
  return { status, headers: mergeHeaders({ 'content-type': JSON_TYPE }, GENEROUS_RATE_LIMIT_HEADERS, headers), body };
}

/** `offset` and `limit` of a list request, or the 422 the API sends for bad ones. */
export function pageWindow(
  query: Record<string, string>,
  defaultLimit: number,
): { offset: number; limit: number } | { problems: string[] } {
  const problems: string[] = [];
  const read = (name: string, fallback: number, min: number, max: number): number => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(value)) problems.push(`${name} must be an integer number`);
    else if (value < min) problems.push(`${name} must not be less than ${min}`);
    else if (value > max) problems.push(`${name} must not be greater than ${max}`);
    return value;
  };
  const offset = read('offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = read('limit', defaultLimit, 1, 100);
  return problems.length > 0 ? { problems } : { offset, limit };
}

// A malformed escape (`%zz`) is kept as sent, the way a lenient router would.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function listOrders({ request, list, defaultLimit }: HonestContext): Answer {
  const window = pageWindow(request.query, defaultLimit);
  if ('problems' in window) {
    const body: ErrorBody = { ...errorBody(422), message: window.problems };
    return json(422, body);
  }
  return json(200, { data: list.page(window.offset, window.limit), totalCount: list.size() });
}

function getOrder({ list, params }: HonestContext): Answer {
  const order = list.get(params[0] ?? '');
  return order ? json(200, order) : json(404, { statusCode: 404, message: 'Order not found' });
}
