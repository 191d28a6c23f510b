// The state that makes an export resumable: written after every page, once that
// page is on disk, and atomically (write then rename), so after Ctrl-C or a
// crash the output is cut back to the last checkpoint and nothing is lost or
// written twice.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { ListOrdersQuery } from '@hl-orders/client';

export interface Checkpoint {
  version: 1;
  query: ListOrdersQuery;
  format: string;
  /** Offset of the next page to fetch. */
  nextOffset: number;
  /** Orders in the file up to `bytes`. */
  written: number;
  pages: number;
  /** Size of the output file at this checkpoint. */
  bytes: number;
  /** Ids of the last pages written: repeats at the resume boundary are dropped by them. */
  recentIds: string[];
}

export const checkpointPath = (output: string) => `${output}.checkpoint.json`;

export async function loadCheckpoint(output: string): Promise<Checkpoint | undefined> {
  const text = await readFile(checkpointPath(output), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  const parsed = JSON.parse(text) as Checkpoint;
  if (parsed.version !== 1) throw new Error(`${checkpointPath(output)} is not a checkpoint this version understands.`);
  return parsed;
}

export async function saveCheckpoint(output: string, checkpoint: Checkpoint): Promise<void> {
  const path = checkpointPath(output);
  await writeFile(`${path}.tmp`, JSON.stringify(checkpoint));
  await rename(`${path}.tmp`, path);
}

export async function removeCheckpoint(output: string): Promise<void> {
  await rm(checkpointPath(output), { force: true });
}
