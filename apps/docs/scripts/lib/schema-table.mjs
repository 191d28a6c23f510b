// A schema as a table of fields (`items[].qty`), the way a reader looks for
// one: name, type, required, what it holds, its constraints and an example.
// Deep or recursive schemas stop at MAX_DEPTH; the interactive reference
// shows every level.
import { cell, code, table } from './markdown.mjs';
import { deref } from './spec-model.mjs';

const MAX_DEPTH = 4;

function refName(node) {
  return typeof node?.$ref === 'string' ? node.$ref.split('/').at(-1) : null;
}

/** allOf parts merged into one object schema (properties, required, the first description). */
function merged(spec, node) {
  const schema = deref(spec, node) ?? {};
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...own } = schema;
  const result = { ...own, properties: { ...own.properties }, required: [...(own.required ?? [])] };
  for (const part of allOf.map((item) => merged(spec, item))) {
    for (const [key, value] of Object.entries(part)) {
      if (!(key in result)) result[key] = value;
    }
    Object.assign(result.properties, { ...part.properties, ...result.properties });
    result.required.push(...(part.required ?? []));
  }
  return result;
}

export function typeLabel(spec, node) {
  const name = refName(node);
  const schema = merged(spec, node);
  const variants = schema.oneOf ?? schema.anyOf;
  let label;
  if (variants) label = variants.map((variant) => typeLabel(spec, variant)).join(' | ');
  else if (schema.const !== undefined) label = JSON.stringify(schema.const);
  else {
    const types = [schema.type ?? (schema.properties ? 'object' : 'any')].flat();
    label = types
      .map((type) => (type === 'array' ? `${typeLabel(spec, schema.items ?? {})}[]` : type))
      .map((type) => (schema.format && type !== 'null' ? `${type} (${schema.format})` : type))
      .join(' | ');
  }
  return name && !variants ? `${label} (${name})` : label;
}

function constraints(schema) {
  const facts = [];
  if (schema.enum) facts.push(`one of ${schema.enum.map((value) => code(JSON.stringify(value))).join(', ')}`);
  for (const [key, words] of [
    ['minimum', '≥'],
    ['exclusiveMinimum', '>'],
    ['maximum', '≤'],
    ['exclusiveMaximum', '<'],
    ['minLength', 'length ≥'],
    ['maxLength', 'length ≤'],
    ['minItems', 'items ≥'],
    ['maxItems', 'items ≤'],
  ]) {
    if (typeof schema[key] === 'number') facts.push(`${words} ${schema[key]}`);
  }
  if (schema.pattern) facts.push(`pattern ${code(schema.pattern)}`);
  if (schema.default !== undefined) facts.push(`default ${code(JSON.stringify(schema.default))}`);
  if (schema.deprecated) facts.push('deprecated');
  return facts;
}

function exampleOf(schema) {
  const value = schema.examples?.[0] ?? schema.example;
  return value === undefined ? '' : code(JSON.stringify(value));
}

function collect(spec, node, prefix, depth, stack, rows) {
  const name = refName(node);
  if (name && stack.includes(name)) return;
  const schema = merged(spec, node);
  const next = name ? [...stack, name] : stack;
  if (depth >= MAX_DEPTH) return;
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    for (const variant of variants) collect(spec, variant, prefix, depth, next, rows);
    return;
  }
  if (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'))) {
    collect(spec, schema.items ?? {}, `${prefix}[]`, depth, next, rows);
    return;
  }
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (rows.some((row) => row.field === field)) continue;
    const resolved = merged(spec, property);
    rows.push({
      field,
      cells: [
        code(field),
        cell(typeLabel(spec, property)),
        required.has(key) ? 'yes' : '',
        cell([resolved.description ?? '', ...constraints(resolved)].filter(Boolean).join(' · ')),
        cell(exampleOf(resolved)),
      ],
    });
    collect(spec, property, field, depth + 1, next, rows);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object' && prefix) {
    collect(spec, schema.additionalProperties, `${prefix}.*`, depth + 1, next, rows);
  }
}

/** The schema's fields as a Markdown table, or its type when it has no fields. */
export function schemaTable(spec, node) {
  const rows = [];
  collect(spec, node, '', 0, [], rows);
  const schema = merged(spec, node);
  const summary = `Type: ${code(typeLabel(spec, node))}.${schema.description ? ` ${cell(schema.description)}` : ''}\n\n`;
  if (rows.length === 0) return summary;
  return `${summary}${table(
    ['Field', 'Type', 'Required', 'Description', 'Example'],
    rows.map((row) => row.cells),
  )}`;
}
