// Our corrections to redocly diff and the gate's verdict, on hand-made inputs.
import { describe, expect, it } from 'vitest';
import {
  differingPointers,
  enumValuesAdded,
  requestDefaultChanged,
  unratedChanges,
} from '../scripts/lib/bump-rules.mjs';
import { bumpBetween, maxBump } from '../scripts/lib/bumps.mjs';
import { judge } from '../scripts/lib/judge.mjs';

const enumChange = (before: unknown[], after: unknown[], impact = 'patch') => ({
  kind: 'modified',
  property: 'enum',
  impact,
  base: { value: before },
  revision: { value: after },
});

describe('hl-orders/enum-values-added', () => {
  it('rates an enum that only gained values a minor', () => {
    expect(enumValuesAdded(enumChange(['a'], ['a', 'b']))).toMatchObject({
      impact: 'minor',
      message: 'Enum gained values: "b".',
    });
  });
  it('leaves an enum that lost a value to redocly diff', () => {
    expect(enumValuesAdded(enumChange(['a', 'b'], ['a', 'c']))).toBeNull();
  });
  it('keeps the major redocly diff gives a response enum that gained values', () => {
    expect(enumValuesAdded(enumChange(['a'], ['a', 'b'], 'major'))).toBeNull();
  });
  it('ignores changes of other keywords', () => {
    expect(enumValuesAdded({ ...enumChange(['a'], ['a', 'b']), property: 'examples' })).toBeNull();
  });
});

const defaultChange = (path: string, before: unknown, after: unknown) => ({
  kind: 'modified',
  property: 'default',
  impact: 'patch',
  path,
  base: { value: before },
  revision: { value: after },
});
const limitSchema = '#/paths/~1payments~1orders/get/parameters/13/schema';

describe('hl-orders/request-default-changed', () => {
  it('rates a changed parameter default a minor, naming both values', () => {
    expect(requestDefaultChanged(defaultChange(limitSchema, 10, 20))).toMatchObject({
      impact: 'minor',
      message: 'Default changed from 10 to 20: callers who omit the value get something else.',
    });
  });
  it('rates a parameter default that appeared or went away a minor', () => {
    expect(requestDefaultChanged(defaultChange(limitSchema, 10, undefined))?.message).toContain('from 10 to none');
    expect(requestDefaultChanged(defaultChange(limitSchema, undefined, 'location'))?.impact).toBe('minor');
  });
  it('covers path-level parameters and request bodies', () => {
    expect(requestDefaultChanged(defaultChange('#/paths/~1orders/parameters/0/schema', 1, 2))).not.toBeNull();
    const body = '#/paths/~1orders/post/requestBody/content/application~1json/schema/properties/limit';
    expect(requestDefaultChanged(defaultChange(body, 1, 2))).not.toBeNull();
  });
  it('leaves a default in a response schema to redocly diff, even under a property named parameters', () => {
    const response = '#/paths/~1orders/get/responses/200/content/application~1json/schema/properties/parameters';
    expect(requestDefaultChanged(defaultChange(response, 1, 2))).toBeNull();
  });
  it('keeps a rating that is already minor or more, and ignores other keywords', () => {
    expect(requestDefaultChanged({ ...defaultChange(limitSchema, 10, 20), impact: 'major' })).toBeNull();
    expect(requestDefaultChanged({ ...defaultChange(limitSchema, 10, 20), property: 'maximum' })).toBeNull();
  });
});

describe('hl-orders/unrated-change', () => {
  it('finds where two documents differ, as JSON pointers', () => {
    expect(differingPointers({ a: { 'b/c': [1, 2] } }, { a: { 'b/c': [1, 3] } })).toEqual(['/a/b~1c/1']);
  });
  it('ignores info.version, which version-packages sets', () => {
    expect(unratedChanges({ info: { version: '1.0.0' } }, { info: { version: '2.0.0' } })).toEqual([]);
    expect(unratedChanges({ info: { title: 'a' } }, { info: { title: 'b' } })).toEqual(['/info/title']);
  });
});

describe('bumps', () => {
  it('orders none < patch < minor < major', () => {
    expect(maxBump('patch', 'major', 'minor')).toBe('major');
    expect(maxBump(undefined, 'none')).toBe('none');
  });
  it('reads the bump between two versions', () => {
    expect(bumpBetween('1.2.3', '2.0.0')).toBe('major');
    expect(bumpBetween('0.1.0', '0.2.0')).toBe('minor');
    expect(bumpBetween('1.2.3', '1.2.4')).toBe('patch');
    expect(bumpBetween('1.2.3', '2.0.0-next.0')).toBe('major');
    expect(bumpBetween('1.2.3', '1.3.0-next.2')).toBe('minor');
    expect(bumpBetween('1.3.0-next.0', '1.3.0-next.1')).toBe('patch');
    expect(bumpBetween('1.3.0-next.1', '2.0.0-next.0')).toBe('major');
    expect(bumpBetween('1.2.3', '1.2.3')).toBe('none');
    expect(bumpBetween('2.0.0', '1.9.0')).toBe('none');
  });
});

describe('judge', () => {
  const packages = ['@hl-orders/spec', '@hl-orders/types'];
  const released = { '@hl-orders/spec': '1.0.0', '@hl-orders/types': '1.0.0' };
  const current = { '@hl-orders/spec': '1.0.0', '@hl-orders/types': '1.0.0' };

  it('fails a package whose changesets declare less than required', () => {
    const declared = {
      '@hl-orders/spec': { bump: 'major', files: [] },
      '@hl-orders/types': { bump: 'minor', files: [] },
    };
    const verdicts = judge({ required: 'major', packages, declared, released, current });
    expect(verdicts.map((verdict) => verdict.ok)).toEqual([true, false]);
  });
  it('passes a package released for the first time since the base', () => {
    const verdicts = judge({
      required: 'major',
      packages,
      declared: {},
      released: { ...released, '@hl-orders/types': null },
      current,
    });
    expect(verdicts.map((verdict) => verdict.ok)).toEqual([false, true]);
  });
});
