// Notes of an order (`orders notes`) as a table or CSV. The vendor documents no
// field of a note, so the columns are the fields the notes have, in the order
// they first appear; a note is never dropped for having unexpected fields.
import type { OrderNote } from '@hl-orders/types';
import { type CsvOptions, csvRecord } from './csv.js';
import { type Column, renderColumns, type TableOptions } from './table.js';

type Note = Record<string, unknown>;

/** The column of a note that is not an object (a plain string, say): the note itself. */
const VALUE = 'note';

const isObject = (note: unknown): note is Note => Boolean(note) && typeof note === 'object' && !Array.isArray(note);

function fieldNames(notes: readonly OrderNote[]): string[] {
  const names = new Set<string>();
  for (const note of notes) {
    if (isObject(note)) for (const name of Object.keys(note)) names.add(name);
    else names.add(VALUE);
  }
  return [...names];
}

const field = (note: OrderNote, name: string) => (isObject(note) ? note[name] : name === VALUE ? note : undefined);

export function renderNotes(notes: readonly OrderNote[], options: TableOptions = {}): string {
  const names = fieldNames(notes);
  const columns: Column<OrderNote>[] = names.length
    ? names.map((name) => ({ title: name.toUpperCase(), value: (note) => field(note, name), flexible: true }))
    : [{ title: 'NOTE', value: (note) => note, flexible: true }];
  return renderColumns(notes, columns, options);
}

export function notesCsv(notes: readonly OrderNote[], options: CsvOptions = {}): string {
  const names = fieldNames(notes);
  return (
    csvRecord(names, options) +
    notes
      .map((note) =>
        csvRecord(
          names.map((n) => field(note, n)),
          options,
        ),
      )
      .join('')
  );
}
