// Servers that lie about the list: pages that never run out, and an offset
// that is ignored. A client that trusts totalCount or "a full page means more"
// pages forever; one that ignores repeats loops on the first page.
import type { Behaviour } from '../behaviour.js';
import { json, pageWindow } from '../honest-api.js';

export interface InfinitePagesOptions {
  /** The totalCount to claim, or a function of the request's window. Default: `offset + 2 * limit` (always "more to come"). */
  totalCount?: number | ((offset: number, limit: number) => number);
}

/** Always a full page (`limit`, or the default limit) of brand-new orders, whatever the offset. */
export function infinitePages(options: InfinitePagesOptions = {}): Behaviour {
  const claim = options.totalCount ?? ((offset: number, limit: number) => offset + 2 * limit);
  return ({ request, list, honestAnswer, send, defaultLimit }) => {
    const window = pageWindow(request.query, defaultLimit);
    if ('problems' in window) return send(honestAnswer());
    const { offset, limit } = window;
    const data = Array.from({ length: limit }, () => list.makeOrder());
    send(json(200, { data, totalCount: typeof claim === 'number' ? claim : claim(offset, limit) }));
  };
}

/** Answers every list request with the first page (honest totalCount), whatever `offset` says. */
export function ignoreOffset(): Behaviour {
  return ({ request, honestAnswer, send }) => {
    const { offset: _ignored, ...query } = request.query;
    send(honestAnswer({ ...request, query }));
  };
}
