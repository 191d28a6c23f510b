// A tiny client for the simulator's tests: builds the URL, sends the right
// headers unless told otherwise, reads the whole answer, and checks it against
// the spec (the operation's own responses), so every answer any test receives
// is also a conformance check.
import type { ListOrdersResponse } from '@hl-orders/types';
import { expect } from 'vitest';
import type { RunningSimulator } from '../../src/index.js';
import { assertMatchesSpec, type CapturedResponse } from './validate-response.js';

export const GOOD_HEADERS: Readonly<Record<string, string>> = {
  Authorization: 'Bearer test-token',
  Version: '2021-07-28',
};

export type Query = Record<string, string | number | readonly string[]>;

export interface Answer extends CapturedResponse {
  /** The parsed JSON body (undefined when the body is not JSON). */
  readonly json: unknown;
}

/** Query string with altId set to the simulator's location unless the query sets it (or sets it to null). */
export function listUrl(sim: RunningSimulator, query: Query = {}, path = '/payments/orders'): string {
  const params = new URLSearchParams();
  const withAlt: Query = 'altId' in query ? query : { altId: sim.locationId, ...query };
  for (const [key, value] of Object.entries(withAlt)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return `${sim.url}${path}?${params}`;
}

/**
 * GET a list URL and read the answer. Unless `validate` is false (HTML pages,
 * paths outside the spec), the answer must conform to the spec.
 */
export async function get(
  sim: RunningSimulator,
  query: Query = {},
  options: { headers?: Record<string, string>; path?: string; validate?: boolean } = {},
): Promise<Answer> {
  const res = await fetch(listUrl(sim, query, options.path), { headers: options.headers ?? { ...GOOD_HEADERS } });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const answer = { status: res.status, headers: res.headers, text, json };
  // Unknown paths are checked against the operation's 404, the only one the spec has.
  if (options.validate !== false) assertMatchesSpec(answer);
  return answer;
}

/** GET a page that must be a 200; returns its body. */
export async function page(sim: RunningSimulator, query: Query = {}): Promise<ListOrdersResponse> {
  const answer = await get(sim, query);
  expect(answer.status, answer.text).toBe(200);
  return answer.json as ListOrdersResponse;
}

/** Walks every page of a query with limit/offset and returns the ids in order, and the totalCounts seen. */
export async function walk(
  sim: RunningSimulator,
  query: Query,
  limit: number,
): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const body = await page(sim, { ...query, limit, offset });
    totals.push(body.totalCount);
    ids.push(...body.data.map((order) => order._id));
    if (body.data.length < limit) return { ids, totals };
  }
}

/** One request to an operation of the spec. */
export interface Call {
  readonly method?: 'GET' | 'POST';
  /** A path template of the spec, e.g. `/payments/orders/{orderId}/notes`. */
  readonly path: string;
  readonly orderId?: string;
  /** For a GET, `altId` (the simulator's location) and `altType=location` are added unless set here. */
  readonly query?: Query;
  /** JSON-serialised; a string is sent as it is. */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Check the answer against the spec (default true). */
  readonly validate?: boolean;
}

/** Sends one request to an operation and reads the answer; unless told otherwise, it must conform to the spec. */
export async function call(sim: RunningSimulator, request: Call): Promise<Answer> {
  const method = request.method ?? 'GET';
  const path = request.path.replace('{orderId}', request.orderId ?? '');
  const params = new URLSearchParams();
  const query: Query =
    method === 'GET' ? { altId: sim.locationId, altType: 'location', ...request.query } : { ...request.query };
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const search = params.size > 0 ? `?${params}` : '';
  const headers: Record<string, string> = request.headers ?? { ...GOOD_HEADERS };
  const init: RequestInit = { method, headers };
  if (request.body !== undefined) {
    init.body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    if (request.headers === undefined) headers['content-type'] = 'application/json';
  }
  const res = await fetch(`${sim.url}${path}${search}`, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const answer = { status: res.status, headers: res.headers, text, json };
  if (request.validate !== false) assertMatchesSpec(answer, request.path, method.toLowerCase());
  return answer;
}

export const ORDER_PATH = '/payments/orders/{orderId}';
export const PAYMENT_PATH = '/payments/orders/{orderId}/record-payment';
export const FULFILLMENTS_PATH = '/payments/orders/{orderId}/fulfillments';
export const NOTES_PATH = '/payments/orders/{orderId}/notes';

/** A record-payment body for the simulator's location. */
export const paymentBody = (sim: RunningSimulator, fields: Record<string, unknown> = {}) => ({
  altId: sim.locationId,
  altType: 'location',
  mode: 'cash',
  ...fields,
});

/** A create-fulfillment body for the simulator's location. */
export const fulfillmentBody = (
  sim: RunningSimulator,
  items: readonly { priceId: string; qty: number }[],
  fields: Record<string, unknown> = {},
) => ({ altId: sim.locationId, altType: 'location', trackings: [], items, notifyCustomer: false, ...fields });
