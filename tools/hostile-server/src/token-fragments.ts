// Helpers for asserting that no part of a token survives anywhere: a cut or
// partly redacted token still leaks when 8 characters of it remain in a message.
import { inspect } from 'node:util';

/** Every distinct `size`-character window of `token` (the token itself when it is shorter). */
export function tokenWindows(token: string, size = 8): string[] {
  if (token.length === 0) return [];
  if (token.length <= size) return [token];
  const windows = new Set<string>();
  for (let i = 0; i + size <= token.length; i++) windows.add(token.slice(i, i + size));
  return [...windows];
}

/** The windows of `token` (see {@link tokenWindows}) that occur in `haystack`; `[]` when none leaked. */
export function findTokenFragments(haystack: string, token: string, size = 8): string[] {
  return tokenWindows(token, size).filter((window) => haystack.includes(window));
}

/**
 * Everything a thrown value could show someone: `util.inspect` with hidden
 * properties and depth 10 (causes, headers, requests), `JSON.stringify`, the
 * message and the stack, joined. Grep it with {@link findTokenFragments}.
 */
export function inspectEverything(value: unknown): string {
  const parts = [inspect(value, { depth: 10, showHidden: true, getters: true })];
  try {
    parts.push(JSON.stringify(value) ?? '');
  } catch (error) {
    // A cycle: inspect above shows the object anyway.
    parts.push(`(JSON.stringify failed: ${String(error)})`);
  }
  if (value instanceof Error) parts.push(value.message, value.stack ?? '');
  else if (value !== null && typeof value === 'object') {
    const { message, stack } = value as { message?: unknown; stack?: unknown };
    parts.push(String(message ?? ''), String(stack ?? ''));
  }
  return parts.join('\n');
}
