// Adds the credentials and the API version to every request. Done in middleware
// (not in default headers) so that the raw client, listOrders and anything a
// caller registers all send the same, and the token lives only in this closure.
import type { Middleware } from '../types.js';

export function authMiddleware(authorize: (headers: Headers) => void, version: string): Middleware {
  return {
    onRequest({ request }) {
      authorize(request.headers);
      request.headers.set('Version', version);
      return request;
    },
  };
}

/**
 * Sends `altType` with every raw read (GET: the operations that take it as a
 * query parameter) unless the caller set it or turned it off. The vendor dropped
 * the parameter from this endpoint but a sibling endpoint has been seen to
 * answer 422 `altType should not be empty` without it (see the spec).
 */
export function altTypeMiddleware(altType: string | null): Middleware {
  return {
    onRequest({ request, params }) {
      // The operations put it in the query themselves; rebuilding the Request
      // is only needed for raw reads that left it out. Writes carry it in
      // their body, which raw calls send as given.
      if (altType === null || request.method !== 'GET' || params.query?.altType !== undefined) return undefined;
      const url = new URL(request.url);
      if (url.searchParams.has('altType')) return undefined;
      url.searchParams.set('altType', altType);
      return new Request(url, request);
    },
  };
}
