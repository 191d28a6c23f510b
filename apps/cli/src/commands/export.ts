// `hl-orders orders export`: every page to a file or stdout, streamed, paced
// under the rate limit by the client, with progress on a terminal, a summary
// that says plainly what was written and whether the list changed meanwhile.
//
// What it promises: an existing file is never overwritten unless asked
// (--force, --restart); every order that exists for the whole export is
// written exactly once, across interruptions too (the client's paging
// continues after the last order written, wherever it now is, and the
// checkpoint after every page records that order, not an offset); a failure
// says truthfully whether --resume can continue.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import {
  APIUserAbortError,
  HlOrdersError,
  type ListOrdersQuery,
  type OrderList,
  type OrdersPage,
} from '@hl-orders/client';
import {
  type Checkpoint,
  checkpointPath,
  loadCheckpoint,
  queryHash,
  removeCheckpoint,
  saveCheckpoint,
} from '../checkpoint.js';
import { type ConnectionFlags, connect, wholeNumber } from '../config.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { FileError } from '../file-errors.js';
import type { IO } from '../io.js';
import { type ExportFormat, exportFormat, exportWriter } from '../output/formats.js';
import { readExportedIds } from '../output/read-ids.js';
import { createProgress } from '../progress.js';
import { type FilterFlags, queryFromFlags } from '../query.js';

export interface ExportFlags extends ConnectionFlags, Omit<FilterFlags, 'offset'> {
  format?: string;
  output?: string;
  resume?: boolean;
  restart?: boolean;
  force?: boolean;
  maxOrders?: string;
  progress?: boolean;
  csvFormulas?: boolean;
}

/** Pages whose ids are kept for dropping repeats: constant memory for exports of any size. */
const DEDUPE_PAGES = 20;

/** A stream we write to, whose errors (a full disk, a closed pipe) surface at the next write instead of crashing. */
class Sink {
  #error: Error | undefined;
  bytes: number;
  constructor(
    readonly stream: NodeJS.WritableStream,
    /** Applied to everything written: a hostile server may echo the token into an order. */
    readonly redact: (text: string) => string,
    bytes = 0,
  ) {
    this.bytes = bytes;
    stream.on('error', (error: Error) => {
      this.#error ??= error;
    });
  }
  #check(): void {
    if (this.#error) throw this.#error;
  }
  async write(text: string): Promise<void> {
    this.#check();
    if (!text) return;
    const chunk = this.redact(text);
    this.bytes += Buffer.byteLength(chunk);
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
    this.#check();
  }
  /** Resolves once everything written so far has reached the file (or the pipe). */
  async flush(): Promise<void> {
    this.#check();
    await new Promise<void>((resolve, reject) => this.stream.write('', (error) => (error ? reject(error) : resolve())));
  }
  async close(): Promise<void> {
    this.#check();
    const file = this.stream as WriteStream;
    if (typeof file.close !== 'function') return this.flush();
    file.end();
    await once(file, 'finish');
  }
}

interface Target {
  sink: Sink;
  checkpoint: Checkpoint | undefined;
  /** Set for a file: where it is and how to save progress. */
  file?: { path: string; stream: WriteStream };
}

function validateFlags(flags: ExportFlags): void {
  if ((flags.resume || flags.restart || flags.force) && !flags.output) {
    throw new UsageError('--resume, --restart and --force need --output FILE: an export to stdout cannot be resumed.');
  }
  if (flags.resume && (flags.restart || flags.force)) {
    throw new UsageError('--resume continues an export and --restart/--force start it over: pass only one of them.');
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw new FileError(error, { path, action: 'read' });
    },
  );
}

async function openFile(path: string, flags: 'a' | 'w' | 'wx'): Promise<WriteStream> {
  const stream = createWriteStream(path, { flags });
  try {
    await once(stream, 'open');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      // A directory is never what the user means to overwrite: say what it is.
      if ((await stat(path).catch(() => undefined))?.isDirectory()) {
        throw new FileError(Object.assign(new Error('is a directory'), { code: 'EISDIR' }), { path, action: 'write' });
      }
      throw new UsageError(`${path} already exists: pass --force to overwrite it, or choose another file.`);
    }
    throw new FileError(error, { path, action: 'write' });
  }
  return stream;
}

/** Opens the output: a new file, the old one cut back to its checkpoint, or stdout. */
async function openTarget(
  io: IO,
  flags: ExportFlags,
  query: ListOrdersQuery,
  format: ExportFormat,
  head: string,
  redact: (text: string) => string,
): Promise<Target> {
  const path = flags.output;
  if (!path) {
    const sink = new Sink(io.stdout, (text) => text); // stdout's own filter redacts
    await sink.write(head);
    return { sink, checkpoint: undefined };
  }
  const startOver = Boolean(flags.restart || flags.force);
  // --restart and --force never read the old checkpoint: it may be what is broken.
  const checkpoint = startOver ? undefined : await loadCheckpoint(path, query);
  if (checkpoint) {
    if (!flags.resume) {
      throw new UsageError(
        `An interrupted export to ${path} exists (${checkpoint.written} orders written). Re-run with --resume to continue it, or --restart to start over.`,
      );
    }
    if (checkpoint.query !== queryHash(query) || checkpoint.format !== format) {
      throw new UsageError(
        `The interrupted export to ${path} used other filters or another format; re-run it with the same flags, or use --restart.`,
      );
    }
    const size = await stat(path).then(
      (s) => s.size,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
          throw new UsageError(`${path} is gone but its checkpoint is still there: run with --restart to start over.`);
        }
        throw new FileError(error, { path, action: 'read' });
      },
    );
    if (size < checkpoint.bytes) {
      throw new UsageError(
        `${path} is shorter than its checkpoint says (${size} of ${checkpoint.bytes} bytes; was it edited?): run with --restart to start over.`,
      );
    }
    // Whatever was written after the last checkpoint is cut: that page is listed again.
    await truncate(path, checkpoint.bytes).catch((error: unknown) => {
      throw new FileError(error, { path, action: 'write' });
    });
    const stream = await openFile(path, 'a');
    return { sink: new Sink(stream, redact, checkpoint.bytes), checkpoint, file: { path, stream } };
  }
  if (flags.resume) {
    if (await exists(path)) {
      throw new UsageError(
        `${path} exists but there is no checkpoint to resume it from (${checkpointPath(path)}): it may be a finished export. Pass --force to overwrite it, or choose another file.`,
      );
    }
    io.stderr.write(`Nothing to resume for ${path}; starting a new export.\n`);
  }
  if (startOver) {
    await removeCheckpoint(path).catch((error: unknown) => {
      throw new FileError(error, { path: checkpointPath(path), action: 'write' });
    });
  }
  const stream = await openFile(path, startOver ? 'w' : 'wx');
  const sink = new Sink(stream, redact);
  const target: Target = { sink, checkpoint: undefined, file: { path, stream } };
  await sink.write(head);
  // Saved before the first page, so that an interruption at any moment leaves
  // an export that --resume can continue.
  await save(target, { version: 2, query: queryHash(query), format, written: 0, pages: 0, bytes: 0 });
  return target;
}

/** Saves a checkpoint once everything before it is on disk. */
async function save(target: Target, checkpoint: Checkpoint): Promise<void> {
  if (!target.file) return;
  await target.sink.flush();
  await saveCheckpoint(target.file.path, { ...checkpoint, bytes: target.sink.bytes }, target.sink.redact);
  target.checkpoint = { ...checkpoint, bytes: target.sink.bytes };
}

/** What to tell the user after a failure: whether --resume can continue, truthfully. */
function resumeHint(target: Target | undefined, written: number): string | undefined {
  if (!target?.file || !target.checkpoint) return undefined;
  return `${written.toLocaleString('en-US')} orders are saved in ${target.file.path}; fix the problem and run the same command with --resume to continue.`;
}

function summary(
  written: number,
  pages: number,
  to: string,
  seconds: number,
  retries: number,
  pacedMs: number,
): string {
  return (
    `Exported ${written.toLocaleString('en-US')} orders in ${pages} pages to ${to} in ${seconds.toFixed(1)} s` +
    ` (${retries} retries, ${(pacedMs / 1000).toFixed(1)} s paced for the rate limit).`
  );
}

/** Says plainly when what was written differs from what the API counts, and why. */
function reconcile(written: number, last: OrdersPage | undefined, list: OrderList, capped: boolean): string {
  const total = last?.totalCount;
  if (typeof total !== 'number' || total === written) return '';
  const { resyncs, restarts } = list.stats;
  if (capped && total > written) {
    return `\nStopped at --max-orders: ${total.toLocaleString('en-US')} orders match the filters.`;
  }
  const changed =
    resyncs || restarts
      ? `the list changed while exporting (paging found its place again ${resyncs} times${restarts ? ` and started over ${restarts} times` : ''}): orders created or deleted meanwhile may or may not be in the file, but every order that existed throughout is in it exactly once.`
      : 'orders were created or deleted after their page was exported, or the API miscounts.';
  return `\nThe API now counts ${total.toLocaleString('en-US')} matching orders, the file has ${written.toLocaleString('en-US')}: ${changed} Export again for an up-to-date copy.`;
}

export async function exportCommand(flags: ExportFlags, io: IO): Promise<number> {
  validateFlags(flags);
  const output = flags.output;
  const format = exportFormat(flags.format, output);
  const maxOrders = wholeNumber('max-orders', flags.maxOrders, 1);
  const connection = await connect(flags, io);
  let query: ReturnType<typeof queryFromFlags>;
  try {
    query = queryFromFlags(connection.altId, flags);
  } catch (error) {
    // A bad filter: close the connection (with --mock, the simulator) before saying so.
    await connection.close();
    throw error;
  }
  const writer = exportWriter(format, { csvFormulas: flags.csvFormulas });
  const started = io.now();
  const controller = new AbortController();
  const stopListening = io.onInterrupt(() => controller.abort());

  let target: Target | undefined;
  try {
    target = await openTarget(io, flags, query, format, writer.head, connection.redact);
    const { sink } = target;
    const resumed = target.checkpoint;
    let written = resumed?.written ?? 0;
    let pages = resumed?.pages ?? 0;
    const remaining = maxOrders === undefined ? undefined : maxOrders - written;
    const showProgress = flags.progress !== false && io.isTTY.stderr;
    const progress = createProgress(io, showProgress, written);
    const file = target.file;
    const list = connection.client.orders.list(query, {
      signal: controller.signal,
      resume: resumed?.position,
      maxItems: remaining !== undefined && remaining > 0 ? remaining : undefined,
      // A file can be read back if paging ever has to start over, so memory
      // stays constant; a stream to stdout keeps every id instead.
      ...(file
        ? {
            dedupeWindow: DEDUPE_PAGES,
            seenIds: async () => {
              await sink.flush();
              return readExportedIds(file.path, format);
            },
          }
        : {}),
    });
    let last: OrdersPage | undefined;
    try {
      if (remaining === undefined || remaining > 0) {
        for await (const page of list.pages()) {
          let chunk = '';
          for (const order of page.fresh) chunk += writer.item(order, written++ === 0);
          await sink.write(chunk);
          pages++;
          last = page;
          await save(target, {
            version: 2,
            query: queryHash(query),
            format,
            position: page.position,
            written,
            pages,
            bytes: 0,
          });
          progress.update(written, page.totalCount);
        }
      }
    } catch (error) {
      progress.done();
      if (error instanceof APIUserAbortError && controller.signal.aborted) {
        const where = output ? ` to ${output}` : '';
        const how = file ? ' Run the same command with --resume to continue.' : '';
        io.stderr.write(`\nInterrupted: ${written.toLocaleString('en-US')} orders written${where}.${how}\n`);
        return EXIT.interrupted;
      }
      throw error;
    }
    progress.done();
    await sink.write(writer.tail);
    await sink.close();
    if (file) await removeCheckpoint(file.path);
    const seconds = (io.now() - started) / 1000;
    const paced = connection.client.rateLimiter?.stats.waitedMs ?? 0;
    io.stderr.write(
      `${summary(written, pages, output ?? 'stdout', seconds, connection.retries(), paced)}${reconcile(
        written,
        last,
        list,
        maxOrders !== undefined && written >= maxOrders,
      )}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    const hint = resumeHint(target, target?.checkpoint?.written ?? 0);
    const code = (error as NodeJS.ErrnoException).code;
    if (output && typeof code === 'string' && !(error instanceof FileError) && !(error instanceof HlOrdersError)) {
      throw new FileError(error, { path: output, action: 'write', hint });
    }
    if (hint && error instanceof HlOrdersError) error.message += ` ${hint}`;
    throw error;
  } finally {
    stopListening();
    const stream = target?.file?.stream;
    if (stream && !stream.closed) stream.destroy();
    await connection.close();
  }
}
