// Checks an operation's input before anything is sent, against the rules
// generated from the spec (so a contract change moves these checks with it),
// and names the field and the value in the error. Dates (`format: date`) also
// accept an ISO 8601 date-time and are sent as the `YYYY-MM-DD` it was written on.
import type { ListOrdersQuery, ParameterRule, SchemaRule } from '@hl-orders/types';
import { listOrdersOperation } from '@hl-orders/types';
import { ValidationError } from './errors.js';
import { quoteUntrusted } from './internal/untrusted-text.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)/;

/** The refused value, short and printable (it may be anything a caller typed). */
function show(value: unknown): string {
  return typeof value === 'string' ? `"${quoteUntrusted(value, 80)}"` : quoteUntrusted(String(value), 80);
}

export function invalid(field: string, value: unknown, problem: string): ValidationError {
  return new ValidationError({ field, value, message: `${field} ${problem} (got ${show(value)}).` });
}

/** A real calendar date written as `YYYY-MM-DD` or an ISO 8601 date-time; returns `YYYY-MM-DD`. */
function checkDate(field: string, value: string): string {
  const match = ISO_DATE.exec(value);
  if (!match) {
    throw invalid(field, value, 'must be a date as YYYY-MM-DD (or an ISO 8601 date-time such as 2024-02-01T00:00:00Z)');
  }
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw invalid(field, value, 'is not a real calendar date');
  }
  return match[0].slice(0, 10);
}

/** A number, boolean or string checked against `rule`; returns it as it will be sent (dates normalised). */
function checkScalar(field: string, value: unknown, rule: SchemaRule, type: string | undefined): unknown {
  if (type === 'integer' || type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(field, value, 'must be a number');
    if (type === 'integer' && !Number.isInteger(value)) throw invalid(field, value, 'must be a whole number');
    if (rule.minimum !== undefined && value < rule.minimum)
      throw invalid(field, value, `must be at least ${rule.minimum}`);
    if (rule.maximum !== undefined && value > rule.maximum) {
      throw invalid(field, value, `must be at most ${rule.maximum}`);
    }
    if (rule.exclusiveMinimum !== undefined && value <= rule.exclusiveMinimum) {
      throw invalid(field, value, `must be more than ${rule.exclusiveMinimum}`);
    }
    if (rule.exclusiveMaximum !== undefined && value >= rule.exclusiveMaximum) {
      throw invalid(field, value, `must be less than ${rule.exclusiveMaximum}`);
    }
  } else if (type === 'boolean') {
    if (typeof value !== 'boolean') throw invalid(field, value, 'must be true or false');
  } else if (type === 'string') {
    if (typeof value !== 'string') throw invalid(field, value, 'must be a string');
    if (rule.format === 'date') return checkDate(field, value);
    if (rule.minLength !== undefined && value.length < rule.minLength) {
      throw invalid(
        field,
        value,
        rule.minLength === 1 ? 'must not be empty' : `must have at least ${rule.minLength} characters`,
      );
    }
    if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      throw invalid(field, value, `must have at most ${rule.maxLength} characters`);
    }
    if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(value)) {
      throw invalid(field, value, `must match ${rule.pattern}`);
    }
  }
  if (rule.enum && !rule.enum.includes(value)) throw invalid(field, value, `must be one of ${rule.enum.join(', ')}`);
  return value;
}

const mainType = (rule: SchemaRule) => ([] as (string | undefined)[]).concat(rule.type).find((t) => t !== 'null');

/** `value` checked against `rule`, lists and objects included; returns it as it will be sent. */
function checkValue(field: string, value: unknown, rule: SchemaRule): unknown {
  if (value === null && ([] as unknown[]).concat(rule.type).includes('null')) return value;
  const type = mainType(rule);
  if (type === 'array') {
    if (!Array.isArray(value)) throw invalid(field, value, 'must be a list');
    if (rule.minItems !== undefined && value.length < rule.minItems) {
      throw invalid(
        field,
        `${value.length} items`,
        `must have at least ${rule.minItems} item${rule.minItems === 1 ? '' : 's'}`,
      );
    }
    if (rule.maxItems !== undefined && value.length > rule.maxItems) {
      throw invalid(field, `${value.length} items`, `must have at most ${rule.maxItems} items`);
    }
    const items = rule.items;
    return items ? value.map((item, i) => checkValue(`${field}[${i}]`, item, items)) : value;
  }
  if (type === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalid(field, value, 'must be an object');
    return rule.properties ? checkObject(field, value as Record<string, unknown>, rule) : value;
  }
  return checkScalar(field, value, rule, type);
}

/** Sets a key as data, even "__proto__" (assigning that one would replace the prototype). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function checkObject(field: string, value: Record<string, unknown>, rule: SchemaRule): Record<string, unknown> {
  const properties = rule.properties ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const path = field ? `${field}.${key}` : key;
    const inner = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (!inner) {
      if (rule.additionalProperties === false) {
        throw new ValidationError({
          field: path,
          value: item,
          message: `Unknown field "${quoteUntrusted(path, 60)}": the fields are ${Object.keys(properties).join(', ')}.`,
        });
      }
      define(out, key, item);
      continue;
    }
    if (item !== undefined) define(out, key, checkValue(path, item, inner));
  }
  for (const key of rule.required ?? []) {
    if (out[key] === undefined) {
      const path = field ? `${field}.${key}` : key;
      throw new ValidationError({ field: path, value: undefined, message: `${path} is required.` });
    }
  }
  return out;
}

/** Path or query parameters checked against their rules; unknown names are refused. */
export function checkParams(
  where: 'query' | 'path',
  params: object | undefined,
  rules: { readonly [name: string]: ParameterRule },
): Record<string, unknown> {
  if (params !== undefined && (params === null || typeof params !== 'object')) {
    throw new ValidationError({ field: where, value: params, message: `The ${where} parameters must be an object.` });
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    // Own rules only: "constructor" or "__proto__" is an unknown name, not Object's.
    const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
    if (!rule) {
      const known = Object.keys(rules).join(', ') || 'none';
      throw new ValidationError({
        field: name,
        value,
        message: `Unknown ${where} parameter "${quoteUntrusted(name, 60)}": the parameters are ${known}.`,
      });
    }
    if (value !== undefined) define(out, name, checkScalar(name, value, rule.schema, mainType(rule.schema)));
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.required && out[name] === undefined) {
      throw new ValidationError({
        field: name,
        value: undefined,
        message: `${name} is required${name === 'altId' ? " (the sub-account's location id)" : ''}.`,
      });
    }
  }
  return out;
}

/** The request body checked against its rule. */
export function checkBody(body: unknown, rule: SchemaRule): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ValidationError({ field: 'body', value: body, message: 'The request body must be an object.' });
  }
  return checkObject('', body as Record<string, unknown>, rule);
}

/**
 * A List Orders query as it will be sent, or a `ValidationError` naming the
 * first bad field: the generated rules plus `startAt <= endAt`.
 */
export function validateListOrdersQuery(query: ListOrdersQuery): ListOrdersQuery {
  if (query === null || typeof query !== 'object') {
    throw new ValidationError({
      field: 'query',
      value: query,
      message: 'The query must be an object with at least altId (the location id).',
    });
  }
  const out = checkParams('query', query, listOrdersOperation.query) as ListOrdersQuery;
  const { startAt, endAt } = out;
  if (startAt && endAt && startAt > endAt) {
    throw new ValidationError({
      field: 'startAt',
      value: startAt,
      message: `startAt (${startAt}) is after endAt (${endAt}): swap them.`,
    });
  }
  return out;
}
