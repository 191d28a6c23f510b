// Reads back the ids of the orders already in an export file. Needed only in
// the rare case where a resumed export lost its place (every order it had
// written last was deleted meanwhile) and must go through the list again,
// skipping what the file already holds. Streamed: the file may be large.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ExportFormat } from './formats.js';

/** The `_id` of every order in `path`, in a file written by `exportWriter(format)`. */
export async function* readExportedIds(path: string, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') {
    yield* csvIds(path);
    return;
  }
  // NDJSON: one order a line. JSON: `[`, then one order a line, each but the
  // last followed by `,` on its line, then `]`. Our writers never break a line
  // inside an order.
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    const line = raw.trim().replace(/^,|,$/g, '');
    if (!line.startsWith('{')) continue;
    const id = (JSON.parse(line) as { _id?: unknown })._id;
    if (typeof id === 'string') yield id;
  }
}

/** The `_id` column of an RFC 4180 CSV file, whose cells may hold quoted line breaks. */
async function* csvIds(path: string): AsyncGenerator<string> {
  let column = -1;
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  const endRow = function* (): Generator<string> {
    row.push(cell);
    cell = '';
    if (column < 0) column = row.indexOf('_id');
    else if (row.length > column && row[column]) yield unguard(row[column] as string);
    row = [];
  };
  for await (const chunk of createReadStream(path, 'utf8')) {
    for (const char of chunk as string) {
      if (quoted) {
        if (char === '"') {
          quoted = false;
          afterQuote = true;
        } else cell += char;
      } else if (char === '"') {
        if (afterQuote) cell += '"';
        quoted = true;
        afterQuote = false;
      } else if (char === ',') {
        row.push(cell);
        cell = '';
        afterQuote = false;
      } else if (char === '\n') {
        yield* endRow();
        afterQuote = false;
      } else if (char !== '\r') {
        // Rows end with CRLF; a CR inside a cell is always quoted.
        cell += char;
        afterQuote = false;
      }
    }
  }
  if (cell !== '' || row.length) yield* endRow();
}

/** Undoes the quote that neutralises a cell a spreadsheet would run as a formula. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
