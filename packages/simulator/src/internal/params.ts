// Checks path and query parameters against the rules @hl-orders/types
// generates from the spec. Problems are collected, not thrown, because the API
// answers 422 with one message per invalid parameter, in NestJS/class-validator
// wording; the messages come in the spec's parameter order.
import type { ParameterRule, SchemaRule } from '@hl-orders/types';

/** A parameter as the HTTP layer hands it over: absent, once, or repeated. */
export type RawParam = string | string[] | undefined;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a `YYYY-MM-DD` date, or undefined when it is malformed or impossible (2024-02-30). */
export function utcDateMs(text: string): number | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2024-02-30 over to March; a round trip catches that.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms;
}

function checkNumber(name: string, schema: SchemaRule, raw: string, problems: string[]): number | undefined {
  const integer = schema.type === 'integer';
  const number = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(number) || (integer && !/^[+-]?\d+$/.test(raw.trim()))) {
    problems.push(`${name} must be ${integer ? 'an integer' : 'a'} number`);
    return undefined;
  }
  const before = problems.length;
  if (schema.minimum !== undefined && number < schema.minimum)
    problems.push(`${name} must not be less than ${schema.minimum}`);
  if (schema.maximum !== undefined && number > schema.maximum)
    problems.push(`${name} must not be greater than ${schema.maximum}`);
  return problems.length === before ? number : undefined;
}

function checkString(name: string, schema: SchemaRule, raw: string, problems: string[]): string | undefined {
  if (schema.minLength !== undefined && raw.length < schema.minLength) {
    problems.push(
      raw === '' ? `${name} should not be empty` : `${name} must be at least ${schema.minLength} characters`,
    );
    return undefined;
  }
  if (schema.maxLength !== undefined && raw.length > schema.maxLength) {
    problems.push(`${name} must be at most ${schema.maxLength} characters`);
    return undefined;
  }
  if (schema.enum && !schema.enum.includes(raw)) {
    problems.push(`${name} must be one of the following values: ${schema.enum.join(', ')}`);
    return undefined;
  }
  // A date says more than its pattern: 2024-02-30 matches the pattern and is no date.
  if (schema.format === 'date') {
    if (utcDateMs(raw) !== undefined) return raw;
    problems.push(`${name} must be a valid date in the format YYYY-MM-DD`);
    return undefined;
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(raw)) {
    problems.push(`${name} must match /${schema.pattern}/ regular expression`);
    return undefined;
  }
  return raw;
}

/**
 * Checks one parameter; returns its value (a number for numeric parameters,
 * the schema's default when absent) or pushes its problems and returns undefined.
 */
export function checkParam(
  name: string,
  rule: ParameterRule,
  raw: RawParam,
  problems: string[],
): string | number | undefined {
  const { schema } = rule;
  if (raw === undefined) {
    if (rule.required) problems.push(`${name} should not be empty`);
    return typeof schema.default === 'number' || typeof schema.default === 'string' ? schema.default : undefined;
  }
  // A repeated parameter arrives as an array; the API takes each one once
  // (funnelProductIds is one comma-separated string, not a repetition).
  if (Array.isArray(raw)) {
    problems.push(`${name} must be a string`);
    return undefined;
  }
  if (schema.type === 'integer' || schema.type === 'number') return checkNumber(name, schema, raw, problems);
  if (rule.required && raw === '') {
    problems.push(`${name} should not be empty`);
    return undefined;
  }
  return checkString(name, schema, raw, problems);
}

/** Checks every parameter of `rules` (in their order); unknown parameters are ignored, as the spec does not forbid them. */
export function checkParams(
  rules: { readonly [name: string]: ParameterRule },
  raw: Readonly<Record<string, RawParam>>,
  problems: string[],
): Record<string, string | number | undefined> {
  const values: Record<string, string | number | undefined> = {};
  for (const [name, rule] of Object.entries(rules)) values[name] = checkParam(name, rule, raw[name], problems);
  return values;
}
