// Our corrections to redocly diff and the gate's verdict, on hand-made inputs.
import { describe, expect, it } from 'vitest';
import { differingPointers, enumValuesAdded, unratedChanges } from '../scripts/lib/bump-rules.mjs';
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
