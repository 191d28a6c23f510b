// Copies of the real spec with one seeded edit each, in throw-away folders.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const specPath = new URL('../../openapi.yaml', import.meta.url);
export const realSpec = await readFile(specPath, 'utf8');

/** One text replacement; it must match exactly once, so a spec change can't turn a seed into a no-op. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`seed edit must match spec/openapi.yaml exactly once: ${JSON.stringify(from.slice(0, 80))}`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * Like {@link replaceOnce}, within one part of the spec: from `anchor` (which
 * must match exactly once) to the next line with no more indentation than the
 * anchor's first line. For text repeated in every operation, e.g. a response.
 */
export function replaceOnceWithin(text: string, anchor: string, from: string, to: string): string {
  const start = text.indexOf(anchor);
  if (start < 0 || text.indexOf(anchor, start + 1) >= 0) {
    throw new Error(`seed anchor must match spec/openapi.yaml exactly once: ${JSON.stringify(anchor.slice(0, 80))}`);
  }
  const indent = /^ */.exec(anchor)?.[0].length ?? 0;
  const next = new RegExp(`\\n {0,${indent}}\\S`, 'g');
  next.lastIndex = start + anchor.length - 1;
  const end = next.exec(text)?.index ?? text.length;
  return text.slice(0, start) + replaceOnce(text.slice(start, end), from, to) + text.slice(end);
}

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

/** Call in a describe body: a temp folder removed after its tests; `write` puts files in it. */
export async function scratch(prefix: string) {
  const dir = await mkdtemp(join(tmpdir(), `hl-orders-${prefix}-`));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return {
    dir,
    async write(name: string, text: string) {
      const path = join(dir, name);
      await writeFile(path, text);
      return path;
    },
  };
}
