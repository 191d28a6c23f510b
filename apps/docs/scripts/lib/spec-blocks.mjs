// Blocks of the guides that come from the spec rather than from prose.
import { cell, code, table } from './markdown.mjs';
import { typeLabel } from './schema-table.mjs';
import { deref, pagePath, referenceEntries } from './spec-model.mjs';

export function serversBlock(spec) {
  return table(
    ['Base URL', 'What it is'],
    (spec.servers ?? []).map((server) => [code(server.url), cell(server.description ?? '')]),
  );
}

export function responseHeadersBlock(spec) {
  return table(
    ['Header', 'Type', 'Meaning'],
    Object.entries(spec.components?.headers ?? {}).map(([name, raw]) => {
      const header = deref(spec, raw);
      return [code(name), cell(typeLabel(spec, header.schema ?? {})), cell(header.description ?? '')];
    }),
  );
}

export function webhooksBlock(spec) {
  const webhooks = referenceEntries(spec).filter((entry) => entry.kind === 'webhook');
  if (webhooks.length === 0) return 'This version of the contract describes no webhooks yet.\n';
  return table(
    ['Event', 'Request', 'Reference'],
    webhooks.map((entry) => [
      code(entry.key),
      code(entry.method.toUpperCase()),
      `[${cell(entry.title)}](${pagePath(entry)})`,
    ]),
  );
}
