// Checks a JSON request body against the rule @hl-orders/types generates from
// the spec (a JSON-Schema subset: types, required keys, closed objects, enums,
// bounds, lengths, patterns, items). Every problem is named by its path
// (`card.last4`, `items.0.qty`), in NestJS/class-validator wording, because
// the API answers 422 with one message per problem.
import type { SchemaRule } from '@hl-orders/types';

// Bounds the generator may emit beyond the SchemaRule it declares today.
type Rule = SchemaRule & { readonly exclusiveMinimum?: number; readonly exclusiveMaximum?: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPE_CHECKS: Readonly<Record<string, [(value: unknown) => boolean, string]>> = {
  string: [(v) => typeof v === 'string', 'must be a string'],
  number: [(v) => typeof v === 'number' && Number.isFinite(v), 'must be a number'],
  integer: [(v) => Number.isInteger(v), 'must be an integer number'],
  boolean: [(v) => typeof v === 'boolean', 'must be a boolean value'],
  object: [isObject, 'must be an object'],
  array: [Array.isArray, 'must be an array'],
};

function typeProblem(rule: Rule, value: unknown): string | undefined {
  if (rule.type === undefined) return undefined;
  const types = typeof rule.type === 'string' ? [rule.type] : rule.type;
  const checks = types.map((type) => TYPE_CHECKS[type]).filter((check) => check !== undefined);
  if (checks.length === 0 || checks.some(([test]) => test(value))) return undefined;
  return checks.map(([, message]) => message).join(' or ');
}

function scalarProblems(rule: Rule, value: unknown, at: string, problems: string[]): void {
  if (rule.enum && !rule.enum.includes(value)) {
    problems.push(`${at} must be one of the following values: ${rule.enum.join(', ')}`);
  }
  if (typeof value === 'number') {
    if (rule.minimum !== undefined && value < rule.minimum)
      problems.push(`${at} must not be less than ${rule.minimum}`);
    if (rule.maximum !== undefined && value > rule.maximum)
      problems.push(`${at} must not be greater than ${rule.maximum}`);
    if (rule.exclusiveMinimum !== undefined && value <= rule.exclusiveMinimum)
      problems.push(`${at} must be greater than ${rule.exclusiveMinimum}`);
    if (rule.exclusiveMaximum !== undefined && value >= rule.exclusiveMaximum)
      problems.push(`${at} must be less than ${rule.exclusiveMaximum}`);
  }
  if (typeof value === 'string') {
    if (rule.minLength !== undefined && value.length < rule.minLength) {
      problems.push(value === '' ? `${at} should not be empty` : `${at} must be at least ${rule.minLength} characters`);
    } else if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      problems.push(`${at} must be at most ${rule.maxLength} characters`);
    } else if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value)) {
      problems.push(`${at} must match /${rule.pattern}/ regular expression`);
    }
  }
}

function check(rule: Rule, value: unknown, at: string, problems: string[]): void {
  const wrongType = typeProblem(rule, value);
  if (wrongType) {
    problems.push(`${at} ${wrongType}`);
    return;
  }
  scalarProblems(rule, value, at, problems);
  if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems)
      problems.push(`${at} must contain at least ${rule.minItems} elements`);
    if (rule.maxItems !== undefined && value.length > rule.maxItems)
      problems.push(`${at} must contain no more than ${rule.maxItems} elements`);
    const items = rule.items;
    if (items) for (const [i, item] of value.entries()) check(items, item, `${at}.${i}`, problems);
  }
  if (isObject(value)) objectProblems(rule, value, `${at}.`, problems);
}

// Own properties only: `constructor` or `toString` must not count as present. A
// null counts as absent, as class-validator's optional fields take it.
const own = (value: Record<string, unknown>, name: string): unknown =>
  Object.hasOwn(value, name) && value[name] !== null ? value[name] : undefined;

function objectProblems(rule: Rule, value: Record<string, unknown>, prefix: string, problems: string[]): void {
  const properties = rule.properties ?? {};
  for (const name of rule.required ?? []) {
    if (own(value, name) === undefined) problems.push(`${prefix}${name} should not be empty`);
  }
  for (const [name, child] of Object.entries(properties)) {
    const field = own(value, name);
    if (field !== undefined) check(child, field, `${prefix}${name}`, problems);
  }
  if (rule.additionalProperties === false) {
    for (const name of Object.keys(value)) {
      if (!Object.hasOwn(properties, name)) problems.push(`property ${prefix}${name} should not exist`);
    }
  }
}

/** Every way `body` breaks `rule`; empty when it conforms. The body is the parsed JSON object. */
export function bodyProblems(rule: SchemaRule, body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  objectProblems(rule, body, '', problems);
  return problems;
}
