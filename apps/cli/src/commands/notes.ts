// `hl-orders orders notes ID`: the notes recorded on an order.
import { type ConnectionFlags, withConnection } from '../config.js';
import { type IO, tableOptions } from '../io.js';
import { jsonOutput, outputFormat } from '../output/formats.js';
import { notesCsv, renderNotes } from '../output/notes.js';
import { parseOrderId } from '../write-flags.js';

export interface NotesFlags extends ConnectionFlags {
  format?: string;
  csvFormulas?: boolean;
}

export async function notesCommand(id: string, flags: NotesFlags, io: IO): Promise<number> {
  const orderId = parseOrderId(id);
  const format = outputFormat(flags.format, io.isTTY.stdout);
  const answer = await withConnection(flags, io, (c) => c.client.orders.notes.list(orderId, { altId: c.altId }));
  // The answer's shape is not documented (see the spec): a missing or odd `data` is no notes, never a crash.
  const notes = Array.isArray(answer.data) ? answer.data : [];
  switch (format) {
    case 'json':
      io.stdout.write(jsonOutput(answer, 'json'));
      break;
    case 'ndjson':
      for (const note of notes) io.stdout.write(jsonOutput(note, 'ndjson'));
      break;
    case 'csv':
      io.stdout.write(notesCsv(notes, { formulas: flags.csvFormulas }));
      break;
    case 'table':
      if (notes.length === 0) {
        io.stderr.write(`Order ${orderId} has no notes.\n`);
        break;
      }
      io.stdout.write(renderNotes(notes, tableOptions(io)));
      io.stderr.write(`${notes.length} note${notes.length === 1 ? '' : 's'}\n`);
      break;
  }
  return 0;
}
