// Assertions for "no part of the token": every run of 8 characters of the
// token is looked for, not just the whole token, and in every form a thrown
// object can be printed or logged.
import { inspect } from 'node:util';

export function tokenWindows(token: string, size = 8): string[] {
  const windows = new Set<string>();
  for (let i = 0; i + size <= token.length; i++) windows.add(token.slice(i, i + size));
  return [...windows];
}

/** The windows of `token` that occur in `text`. */
export function leaks(text: string, token: string, size = 8): string[] {
  return tokenWindows(token, size).filter((w) => text.includes(w));
}

/** Everything a thrown value shows: message, stack, inspect (hidden fields, causes) and JSON. */
export function everythingAbout(error: unknown): string {
  const parts = [String(error), inspect(error, { showHidden: true, depth: 12 })];
  try {
    parts.push(JSON.stringify(error));
  } catch {
    // a cycle: inspect covered it
  }
  if (error instanceof Error) parts.push(error.message, error.stack ?? '');
  return parts.join('\n');
}
