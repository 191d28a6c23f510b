// Redirects, to the same origin or another one. A client that follows a
// cross-origin redirect with its Authorization header hands the token to
// whoever the Location names; `ctx.otherOriginUrl` is a second origin on
// 127.0.0.1 that records what arrives, so a test can see exactly that.
import type { Behaviour, BehaviourContext } from '../behaviour.js';

export interface RedirectOptions {
  /** Default 302. */
  status?: 301 | 302 | 303 | 307 | 308;
  /** The Location: a URL, or a function of the context (e.g. `(ctx) => `${ctx.otherOriginUrl}/steal``). */
  location: string | ((ctx: BehaviourContext) => string);
}

/** Answers with a redirect to `location` and an empty body. */
export function redirect(options: RedirectOptions): Behaviour {
  const { status = 302, location } = options;
  return (ctx) => {
    const target = typeof location === 'function' ? location(ctx) : location;
    ctx.send({ status, headers: { location: target, 'content-length': '0' } });
  };
}
