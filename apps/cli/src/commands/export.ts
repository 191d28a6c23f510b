// `hl-orders orders export`: every page to a file or stdout, streamed (memory
// stays flat however many orders), paced under the rate limit by the client,
// with progress on a terminal, a checkpoint after every page so that an
// interrupted export resumes without losing or repeating an order, and a summary.

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { APIUserAbortError, type ListOrdersQuery } from '@hl-orders/client';
import { type Checkpoint, checkpointPath, loadCheckpoint, removeCheckpoint, saveCheckpoint } from '../checkpoint.js';
import { type ConnectionFlags, connect } from '../config.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { exportFormat, exportWriter } from '../output/formats.js';
import { createProgress } from '../progress.js';
import { type FilterFlags, queryFromFlags } from '../query.js';

export interface ExportFlags extends ConnectionFlags, Omit<FilterFlags, 'offset'> {
  format?: string;
  output?: string;
  resume?: boolean;
  restart?: boolean;
  progress?: boolean;
}

/** Pages whose ids are kept for dropping repeats: enough for heavy insertion, constant in size. */
const DEDUPE_PAGES = 20;

function sameQuery(a: ListOrdersQuery, b: ListOrdersQuery): boolean {
  const norm = (q: ListOrdersQuery) => JSON.stringify(Object.entries(q).sort(([x], [y]) => x.localeCompare(y)));
  return norm(a) === norm(b);
}

async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk && !stream.write(chunk)) await once(stream, 'drain');
}

async function flush(stream: WriteStream): Promise<void> {
  // Resolves once everything written so far has reached the file.
  await new Promise<void>((resolve, reject) => stream.write('', (error) => (error ? reject(error) : resolve())));
}

export async function exportCommand(flags: ExportFlags): Promise<number> {
  const output = flags.output;
  const format = exportFormat(flags.format, output);
  if ((flags.resume || flags.restart) && !output) {
    throw new UsageError('--resume and --restart need --output FILE: an export to stdout cannot be resumed.');
  }
  const connection = await connect(flags);
  const query = queryFromFlags(connection.altId, flags);
  const writer = exportWriter(format);
  const started = performance.now();
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let checkpoint: Checkpoint | undefined;
  let stream: NodeJS.WritableStream = process.stdout;
  let file: WriteStream | undefined;
  try {
    if (output) {
      const existing = await loadCheckpoint(output);
      if (existing && !flags.resume && !flags.restart) {
        throw new UsageError(
          `An interrupted export to ${output} exists (${existing.written} orders written). Re-run with --resume to continue it, or --restart to start over.`,
        );
      }
      if (flags.resume && existing) {
        if (!sameQuery(existing.query, query) || existing.format !== format) {
          throw new UsageError(
            `The interrupted export to ${output} used other filters or another format; re-run it with the same flags, or use --restart.`,
          );
        }
        // Cut back whatever was written after the last checkpoint: that page is fetched again.
        const size = (await stat(output)).size;
        if (size < existing.bytes) throw new Error(`${output} is shorter than its checkpoint says; use --restart.`);
        await truncate(output, existing.bytes);
        checkpoint = existing;
      } else if (flags.resume) {
        process.stderr.write(`Nothing to resume for ${output}; starting a new export.\n`);
      }
      file = createWriteStream(output, { flags: checkpoint ? 'a' : 'w' });
      await once(file, 'open');
      stream = file;
    }
    let written = checkpoint?.written ?? 0;
    let pages = checkpoint?.pages ?? 0;
    let bytes = checkpoint?.bytes ?? 0;
    let recent: string[][] = checkpoint ? [checkpoint.recentIds] : [];
    if (!checkpoint) {
      await write(stream, writer.head);
      bytes += Buffer.byteLength(writer.head);
    }
    const showProgress = flags.progress !== false && Boolean(process.stderr.isTTY);
    const progress = createProgress(process.stderr, showProgress, written);
    const list = connection.client.orders.list(
      { ...query, offset: checkpoint?.nextOffset ?? 0 },
      { signal: controller.signal, seenIds: checkpoint?.recentIds, dedupeWindow: DEDUPE_PAGES },
    );
    let total: number | undefined;
    try {
      for await (const page of list.pages()) {
        let chunk = '';
        for (const order of page.fresh) chunk += writer.item(order, written++ === 0);
        await write(stream, chunk);
        bytes += Buffer.byteLength(chunk);
        pages++;
        total = page.totalCount;
        recent = [...recent, page.fresh.map((o) => o._id)].slice(-2);
        if (file && output) {
          await flush(file);
          await saveCheckpoint(output, {
            version: 1,
            query,
            format,
            nextOffset: page.nextOffset,
            written,
            pages,
            bytes,
            recentIds: recent.flat(),
          });
        }
        progress.update(written, total);
      }
    } catch (error) {
      progress.done();
      if (error instanceof APIUserAbortError && controller.signal.aborted) {
        const where = output ? ` to ${output}` : '';
        const how = output ? ` Run the same command with --resume to continue.` : '';
        process.stderr.write(`\nInterrupted: ${written.toLocaleString('en-US')} orders written${where}.${how}\n`);
        return EXIT.interrupted;
      }
      if (output) {
        const how = `${written.toLocaleString('en-US')} orders are saved in ${output}; fix the problem and re-run with --resume.`;
        if (error instanceof Error) error.message += ` ${how}`;
      }
      throw error;
    }
    progress.done();
    await write(stream, writer.tail);
    if (file && output) {
      file.end();
      await once(file, 'finish');
      await removeCheckpoint(output);
    }
    const seconds = (performance.now() - started) / 1000;
    const waited = connection.client.rateLimiter?.stats.waitedMs ?? 0;
    process.stderr.write(
      `Exported ${written.toLocaleString('en-US')} orders in ${pages} pages to ${output ?? 'stdout'} in ${seconds.toFixed(1)} s` +
        ` (${connection.retries()} retries, ${(waited / 1000).toFixed(1)} s paced for the rate limit).\n`,
    );
    return EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (file && !file.closed) file.end();
    await connection.close();
  }
}

export { checkpointPath };
