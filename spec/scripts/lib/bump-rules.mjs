// Our corrections to the ratings of `redocly diff` (experimental in 2.77.0),
// each for an edit its rules rate lower than our versioning policy
// (CONTRIBUTING.md) requires. Tested in test/bump-rules.test.ts and, through the
// real tool, in test/contract-edits.test.ts.
import { isDeepStrictEqual } from 'node:util';
import { maxBump, rank } from './bumps.mjs';

/**
 * hl-orders/enum-values-added: an enum that gained values and lost none is a
 * new capability, so a minor. redocly diff rates it a patch when the enum is
 * only read in requests (no diff rule fires); in a response its own
 * enum-values-added rule already rates it major, which we keep.
 */
export function enumValuesAdded(change) {
  if (change.kind !== 'modified' || change.property !== 'enum') return null;
  const before = change.base?.value;
  const after = change.revision?.value;
  if (!Array.isArray(before) || !Array.isArray(after)) return null;
  const added = after.filter((value) => !before.some((old) => isDeepStrictEqual(old, value)));
  const removed = before.filter((old) => !after.some((value) => isDeepStrictEqual(old, value)));
  if (added.length === 0 || removed.length > 0 || rank(change.impact) >= rank('minor')) return null;
  return {
    impact: 'minor',
    rule: 'hl-orders/enum-values-added',
    message: `Enum gained values: ${added.map((value) => JSON.stringify(value)).join(', ')}.`,
  };
}

// An operation's parameters or request body, with or without the method
// segment (path-level parameters): what a caller sends.
const REQUEST_PATH = /^#\/paths\/[^/]+\/(?:[^/]+\/)?(?:parameters|requestBody)\//;

const shown = (value) => (value === undefined ? 'none' : JSON.stringify(value));

/**
 * hl-orders/request-default-changed: a `default` of a parameter or of a
 * request body schema that changed, appeared or went away changes what a
 * caller who omits the value gets, so a minor at least (a reviewer may call
 * it a major). redocly diff rates it a patch. A default in a response schema
 * only documents what the server fills in, and keeps the tool's rating.
 */
export function requestDefaultChanged(change) {
  if (change.property !== 'default' || !REQUEST_PATH.test(change.path ?? '')) return null;
  const before = change.base?.value;
  const after = change.revision?.value;
  if (isDeepStrictEqual(before, after) || rank(change.impact) >= rank('minor')) return null;
  return {
    impact: 'minor',
    rule: 'hl-orders/request-default-changed',
    message: `Default changed from ${shown(before)} to ${shown(after)}: callers who omit the value get something else.`,
  };
}

/** Our corrections, in order; the first that applies to a change replaces the tool's verdicts. */
export const CORRECTIONS = [enumValuesAdded, requestDefaultChanged];

/** JSON pointers (at most `limit`) where two parsed documents differ. */
export function differingPointers(a, b, limit = 5, pointer = '') {
  if (isDeepStrictEqual(a, b)) return [];
  const bothObjects = a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) return [pointer || '/'];
  const found = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (found.length >= limit) break;
    const child = `${pointer}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
    found.push(...differingPointers(a[key], b[key], limit - found.length, child));
  }
  return found;
}

/**
 * hl-orders/unrated-change: any other change of the document is at least a
 * patch. redocly diff does not look at media-type examples, `x-` extensions
 * and a few other fields, so an edit of the response examples alone would
 * otherwise need no release at all, though users see it in the docs and the
 * mock. `info.version` is excluded: `pnpm version-packages` sets it.
 */
export function unratedChanges(baseDocument, revisionDocument) {
  const strip = (document) => ({ ...document, info: { ...document?.info, version: undefined } });
  return differingPointers(strip(baseDocument), strip(revisionDocument));
}

/** The overall bump of a list of findings. */
export function overallBump(findings) {
  return maxBump(...findings.map((finding) => finding.impact));
}
