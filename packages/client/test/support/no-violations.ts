// Test-only: Prism reports every way a request or response strays from the
// spec in an `sl-violations` header; any such header fails the test. As a
// `fetch` (for the client's own pipeline) and as middleware (for the raw calls).
import type { FetchLike, Middleware } from '../../src/index.js';

function check(request: Request, response: Response): void {
  const violations = response.headers.get('sl-violations');
  if (violations) {
    throw new Error(`Prism found contract violations for ${request.method} ${request.url}: ${violations}`);
  }
}

/** A fetch that fails on any contract violation, counting the requests it sends. */
export function violationCheckingFetch(): FetchLike & { sent: Request[] } {
  const sent: Request[] = [];
  const fetchChecked = async (request: Request, init?: RequestInit) => {
    sent.push(request.clone());
    const response = await fetch(request, init);
    check(request, response);
    return response;
  };
  return Object.assign(fetchChecked, { sent });
}

export const failOnViolations: Middleware = {
  onResponse({ request, response }) {
    check(request, response);
    return undefined;
  },
};
