// One page per operation and per webhook of the spec, and the reference's
// index: what a reader (and the site search) needs without the interactive
// reference: request, scope, parameters, body, responses and examples.
import { STATUS_CODES } from 'node:http';
import { cell, code, escapeHtml, fenced, frontMatter, table, vPre } from './markdown.mjs';
import { schemaTable, typeLabel } from './schema-table.mjs';
import { plainLink } from './site-base.mjs';
import { deref, pagePath, referenceEntries } from './spec-model.mjs';

/**
 * Where Redoc puts an operation or webhook: `tag/<tag>/operation/<operationId>`,
 * or `tag/<tag>/paths/<name>/<method>` without an operationId (its own slug of
 * the tag name, a JSON pointer token of the name).
 */
export function redocAnchor(entry) {
  const tag = entry.operation.tags?.[0];
  const pointer = entry.key.replace(/~/g, '~0').replace(/\//g, '~1');
  const id = entry.operation.operationId
    ? `operation/${entry.operation.operationId}`
    : `paths/${pointer}/${entry.method}`;
  return tag ? `tag/${tag.replace(/\s+/g, '-')}/${id}` : id;
}

export function scopeText(entry) {
  if (entry.scopes.length > 0) return entry.scopes.map(code).join(', ');
  return entry.kind === 'webhook'
    ? 'none (no token: the vendor sends this request to your endpoint)'
    : 'none (no token needed)';
}

function examplesBlock(media) {
  const examples = media.examples
    ? Object.entries(media.examples).map(([name, example]) => ({ name, ...example }))
    : media.example !== undefined
      ? [{ name: 'example', value: media.example }]
      : [];
  return examples
    .map(
      (example) =>
        `**Example${example.summary ? `: ${escapeHtml(example.summary)}` : ` ${code(example.name)}`}**\n\n${fenced('json', JSON.stringify(example.value, null, 2))}`,
    )
    .join('\n');
}

function contentBlock(spec, content) {
  return Object.entries(content ?? {})
    .map(([type, rawMedia]) => {
      const media = deref(spec, rawMedia) ?? {};
      const schema = media.schema ? schemaTable(spec, media.schema) : '';
      return `Content type ${code(type)}.\n\n${schema}\n${examplesBlock(media)}`;
    })
    .join('\n');
}

function parametersBlock(spec, entry) {
  const byKey = new Map();
  for (const raw of [...entry.pathParameters, ...(entry.operation.parameters ?? [])]) {
    const parameter = deref(spec, raw);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  const rows = [...byKey.values()].map((parameter) => {
    const schema = deref(spec, parameter.schema ?? {}) ?? {};
    const example =
      parameter.example ?? Object.values(parameter.examples ?? {})[0]?.value ?? schema.examples?.[0] ?? schema.example;
    const facts = [parameter.description ?? ''];
    if (schema.enum) facts.push(`one of ${schema.enum.map((value) => code(value)).join(', ')}`);
    if (schema.default !== undefined) facts.push(`default ${code(JSON.stringify(schema.default))}`);
    return [
      code(parameter.name),
      parameter.in,
      cell(typeLabel(spec, parameter.schema ?? {})),
      parameter.required ? 'yes' : '',
      cell(facts.filter(Boolean).join(' · ')),
      example === undefined ? '' : cell(code(JSON.stringify(example))),
    ];
  });
  if (rows.length === 0) return '';
  return `## Parameters\n\n${table(['Name', 'In', 'Type', 'Required', 'Description', 'Example'], rows)}\n`;
}

function requestBodyBlock(spec, entry) {
  const body = deref(spec, entry.operation.requestBody);
  if (!body) return '';
  const heading = entry.kind === 'webhook' ? '## Payload' : '## Request body';
  const required = body.required ? 'Required.' : 'Optional.';
  return `${heading}\n\n${required} ${escapeHtml(body.description ?? '')}\n\n${contentBlock(spec, body.content)}\n`;
}

function headersTable(spec, headers) {
  const rows = Object.entries(headers ?? {}).map(([name, raw]) => {
    const header = deref(spec, raw);
    return [code(name), cell(typeLabel(spec, header.schema ?? {})), cell(header.description ?? '')];
  });
  return rows.length ? `Headers:\n\n${table(['Header', 'Type', 'Description'], rows)}\n` : '';
}

function responsesBlock(spec, entry) {
  const responses = Object.entries(entry.operation.responses ?? {});
  if (responses.length === 0) return '';
  const summary = table(
    ['Status', 'Meaning'],
    responses.map(([status, raw]) => [code(status), cell(deref(spec, raw)?.description ?? '')]),
  );
  const details = responses
    .map(([status, raw]) => {
      const response = deref(spec, raw);
      const reason = STATUS_CODES[status] ?? (status === 'default' ? 'Any other status' : '');
      return `### ${status} ${reason}\n\n${escapeHtml(response.description ?? '')}\n\n${headersTable(spec, response.headers)}${contentBlock(spec, response.content)}`;
    })
    .join('\n');
  const heading = entry.kind === 'webhook' ? "## Your endpoint's answers" : '## Responses and errors';
  return `${heading}\n\n${summary}\n${details}\n`;
}

/** The operation's `x-` facts (retry safety, pagination, ...), whatever the spec adds. */
function extensionFacts(entry) {
  return Object.entries(entry.operation)
    .filter(([key]) => key.startsWith('x-'))
    .map(([key, value]) => `- ${code(key)}: ${code(JSON.stringify(value))}`);
}

/** The Markdown page of one operation or webhook. */
export function referencePage(spec, entry) {
  const { operation } = entry;
  const request =
    entry.kind === 'operation'
      ? `${code(`${entry.method.toUpperCase()} ${entry.key}`)}`
      : `${code(`${entry.method.toUpperCase()}`)} to your endpoint, event ${code(entry.key)}`;
  const facts = [
    `- **Request:** ${request}`,
    `- **Scope:** ${scopeText(entry)}`,
    entry.kind === 'operation' ? `- **Operation ID:** ${code(entry.id)}` : '',
    operation.tags?.length ? `- **Tag:** ${operation.tags.map(escapeHtml).join(', ')}` : '',
    operation.deprecated ? '- **Deprecated.**' : '',
    ...extensionFacts(entry),
    `- **Interactive reference:** ${plainLink('open', `api/index.html#${redocAnchor(entry)}`)}`,
  ].filter(Boolean);
  const body = [
    `# ${escapeHtml(entry.title)}`,
    facts.join('\n'),
    escapeHtml(operation.description ?? ''),
    parametersBlock(spec, entry),
    requestBodyBlock(spec, entry),
    responsesBlock(spec, entry),
  ]
    .filter(Boolean)
    .join('\n\n');
  return `${frontMatter({ title: entry.title, outline: [2, 3] })}${vPre(body)}`;
}

/** The reference's index: the contract's description and a table of every operation and webhook. */
export function referenceIndex(spec) {
  const entries = referenceEntries(spec);
  const row = (entry) => [
    `[${cell(entry.title)}](${pagePath(entry)})`,
    entry.kind === 'operation' ? code(`${entry.method.toUpperCase()} ${entry.key}`) : code(entry.key),
    cell(scopeText(entry)),
  ];
  const operations = entries.filter((entry) => entry.kind === 'operation');
  const webhooks = entries.filter((entry) => entry.kind === 'webhook');
  const webhooksBlock = webhooks.length
    ? table(['Event', 'Name', 'Scope'], webhooks.map(row))
    : 'This version of the contract describes no webhooks.\n';
  return `${frontMatter({ title: 'API reference' })}# API reference

The contract, ${escapeHtml(spec.info.title)} version ${code(spec.info.version)}, one page per operation and per webhook.
The ${plainLink('interactive reference', 'api/index.html')} shows the same contract with every schema
expanded, and the [contract files](/spec/) can be downloaded for every release.

## Operations

${table(['Operation', 'Request', 'Scope'], operations.map(row))}
## Webhooks

${webhooksBlock}
## About the contract

${vPre(escapeHtml((spec.info.description ?? '').replace(/^#{1,5} /gm, '### ')))}
${positionsBlock(spec)}`;
}

/** `info.x-hl-positions`: each inconsistency of the vendor's sources and the position the contract takes. */
function positionsBlock(spec) {
  const positions = spec.info['x-hl-positions'];
  if (!Array.isArray(positions) || positions.length === 0) return '';
  const items = positions.map((item) => `- **${escapeHtml(item.topic ?? '')}**: ${escapeHtml(item.position ?? '')}`);
  return `### Positions the contract takes\n\n${vPre(items.join('\n'))}`;
}
