// The state that makes an export resumable. It is written when the export
// starts and after every page, once that page is on disk, atomically (write a
// temporary file, then rename), so after Ctrl-C, a crash or a full disk the
// output is cut back to the last checkpoint and continues after the last order
// written, found again in the list however it has changed since.
//
// It holds no filter values (a misused flag could hold the token), only a hash
// of the query to recognise the same export, and the ids of the last orders
// written.
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { ListOrdersQuery, ListPosition } from '@hl-orders/client';
import { UsageError } from './exit-codes.js';

export interface Checkpoint {
  version: 2;
  /** sha256 of the query, to refuse resuming with other filters. */
  query: string;
  format: string;
  /** Where the listing stands; absent until the first page is written. */
  position?: ListPosition;
  /** Orders in the file up to `bytes`. */
  written: number;
  pages: number;
  /** Size of the output file at this checkpoint. */
  bytes: number;
}

export const checkpointPath = (output: string) => `${output}.checkpoint.json`;

export function queryHash(query: ListOrdersQuery): string {
  const canonical = JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

function unusable(output: string, why: string): UsageError {
  return new UsageError(
    `${checkpointPath(output)} ${why}, so the export to ${output} cannot be resumed. Run the same command with --restart to start over (${output} is overwritten), or remove the checkpoint.`,
  );
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isPosition(v: unknown): v is ListPosition {
  const p = v as ListPosition;
  return (
    typeof v === 'object' &&
    v !== null &&
    isCount(p.offset) &&
    Array.isArray(p.after) &&
    p.after.every((id) => typeof id === 'string' && id !== '')
  );
}

/** The checkpoint of an export to `output`, `undefined` when there is none; a UsageError naming the way out when it is unusable. */
export async function loadCheckpoint(output: string, query: ListOrdersQuery): Promise<Checkpoint | undefined> {
  const text = await readFile(checkpointPath(output), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw unusable(output, 'is not valid JSON (it was cut short or edited)');
  }
  if (!parsed || typeof parsed !== 'object') throw unusable(output, 'is not an hl-orders checkpoint');
  if (parsed.version === 1) return fromVersion1(output, parsed, query);
  const { version, format, position, written, pages, bytes } = parsed;
  if (
    version !== 2 ||
    typeof parsed.query !== 'string' ||
    typeof format !== 'string' ||
    !(position === undefined || isPosition(position)) ||
    !isCount(written) ||
    !isCount(pages) ||
    !isCount(bytes)
  ) {
    throw unusable(output, 'is not an hl-orders checkpoint this version understands');
  }
  return parsed as unknown as Checkpoint;
}

/**
 * Checkpoints of hl-orders 0.x stored the next offset and the ids of the last
 * two pages: enough to find the place again, which is all a position is.
 */
function fromVersion1(output: string, old: Record<string, unknown>, query: ListOrdersQuery): Checkpoint {
  const { nextOffset, written, pages, bytes, recentIds, format } = old;
  if (
    !isCount(nextOffset) ||
    !isCount(written) ||
    !isCount(pages) ||
    !isCount(bytes) ||
    typeof format !== 'string' ||
    !Array.isArray(recentIds) ||
    !recentIds.every((id) => typeof id === 'string' && id !== '')
  ) {
    throw unusable(output, 'is not an hl-orders checkpoint this version understands');
  }
  const sameQuery =
    typeof old.query === 'object' && old.query !== null && queryHash(old.query as ListOrdersQuery) === queryHash(query);
  return {
    version: 2,
    query: sameQuery ? queryHash(query) : 'sha256:other',
    format,
    position: recentIds.length ? { offset: Math.max(0, nextOffset - 1), after: recentIds as string[] } : undefined,
    written,
    pages,
    bytes,
  };
}

/** Saves atomically; `redact` masks the token should a hostile server have put it in an order id. */
export async function saveCheckpoint(
  output: string,
  checkpoint: Checkpoint,
  redact: (text: string) => string = (text) => text,
): Promise<void> {
  const path = checkpointPath(output);
  // A fresh name, created exclusively: a file or a symlink already there (in a
  // shared directory, someone else's) is never written through.
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, redact(JSON.stringify(checkpoint)), { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    // The previous checkpoint is still whole: only the temporary file may be left.
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
}

export async function removeCheckpoint(output: string): Promise<void> {
  await rm(checkpointPath(output), { force: true });
}
