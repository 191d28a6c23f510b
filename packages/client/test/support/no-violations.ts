// Test-only middleware: Prism reports every way a request or response strays
// from the spec in an `sl-violations` header; any such header fails the test.
import type { Middleware } from '../../src/index.js';

export const failOnViolations: Middleware = {
  onResponse({ request, response }) {
    const violations = response.headers.get('sl-violations');
    if (violations) {
      throw new Error(`Prism found contract violations for ${request.method} ${request.url}: ${violations}`);
    }
    return undefined;
  },
};
