// What the reference shows of the bundled spec: every operation under
// `paths` and every event under `webhooks`, with the scopes their tokens need.
// The browser test reads the same spec through this module, so the list it
// checks is the spec's, never a copy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The bundled contract, as `@hl-orders/spec` publishes it. */
export function readSpec() {
  const file = createRequire(import.meta.url).resolve('@hl-orders/spec/openapi.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Follows `$ref`s inside the document (`#/components/...`). */
export function deref(spec, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`The spec has a $ref cycle at ${current.$ref}.`);
    seen.add(current.$ref);
    if (!current.$ref.startsWith('#/')) {
      throw new Error(`The spec is not bundled: ${current.$ref} points outside it. Run \`pnpm build\` first.`);
    }
    current = current.$ref
      .slice(2)
      .split('/')
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((value, key) => value?.[key], spec);
  }
  return current;
}

/**
 * The scopes a token needs for an operation: the operation's `security`, or
 * the document's for an operation under `paths`. A webhook is a request the
 * vendor sends to you, so the document's default does not apply to it.
 */
export function scopesOf(spec, operation, kind) {
  const requirements = operation.security ?? (kind === 'operation' ? (spec.security ?? []) : []);
  return [...new Set(requirements.flatMap((requirement) => Object.values(requirement).flat()))];
}

/** The page slug of an operation (its operationId) or a webhook (its name, kebab-cased). */
function slugFor(kind, key) {
  const slug =
    kind === 'operation'
      ? key
      : key
          .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
          .replace(/[^A-Za-z0-9]+/g, '-')
          .toLowerCase();
  return slug.replace(/^-+|-+$/g, '');
}

function entriesOf(spec, kind, items) {
  return Object.entries(items ?? {}).flatMap(([key, rawItem]) => {
    const item = deref(spec, rawItem);
    return METHODS.filter((method) => item?.[method]).map((method) => {
      const operation = item[method];
      const id = kind === 'operation' ? operation.operationId : key;
      if (!id)
        throw new Error(`${method.toUpperCase()} ${key} has no operationId; the reference names pages after it.`);
      const sameName = METHODS.filter((other) => item[other]).length > 1 && kind === 'webhook';
      return {
        kind,
        key,
        method,
        operation,
        pathParameters: item.parameters ?? [],
        id,
        title: operation.summary ?? id,
        slug: slugFor(kind, sameName ? `${key}-${method}` : id),
        scopes: scopesOf(spec, operation, kind),
      };
    });
  });
}

/** Every operation (`paths`) and every webhook (`webhooks`) of the spec, in document order. */
export function referenceEntries(spec) {
  return [...entriesOf(spec, 'operation', spec.paths), ...entriesOf(spec, 'webhook', spec.webhooks)];
}

/** The site path of an entry's page, without the base. */
export function pagePath(entry) {
  return `/reference/${entry.kind === 'operation' ? 'operations' : 'webhooks'}/${entry.slug}`;
}
