// CSV in the shape of RFC 4180: one header row of every Order property in the
// spec's order, fields quoted when they hold a comma, quote, CR or LF (and a
// semicolon or tab, the separators of other locales, so that no part of a cell
// can become a cell of its own there), quotes doubled. Nested values
// (sourceMeta) are written as JSON. Small enough that a dependency would add
// more than it saves.
//
// A spreadsheet evaluates a cell that starts with = + - @ (or TAB/CR before
// one) as a formula, and a formula can fetch URLs or run commands: order data
// comes from whoever filled in a form. Following OWASP's CSV-injection advice,
// such cells get a leading ' unless the caller opts out (--csv-formulas).
// Numbers stay numbers, so a numeric column still sorts.
import { type Order, orderPropertyTypes } from '@hl-orders/types';

export const CSV_COLUMNS = Object.keys(orderPropertyTypes) as (keyof Order)[];

export interface CsvOptions {
  /** Write cells a spreadsheet would evaluate as formulas unchanged. Default: `false`, they get a leading `'`. */
  formulas?: boolean;
}

/** Starts with TAB or CR, or with = + - @ after any leading whitespace or control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: leading control characters are part of the attack
const FORMULA = /^(?:[\t\r]|[\s\u0000-\u001f]*[=+\-@])/;
/** Strictly a decimal number, such as -5 or -1.5: a value, never a formula. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Whether a spreadsheet would evaluate `text` as a formula. */
export function isFormula(text: string): boolean {
  return FORMULA.test(text) && !DECIMAL.test(text);
}

export function csvField(value: unknown, { formulas = false }: CsvOptions = {}): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (!formulas && isFormula(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(order: Order, options: CsvOptions = {}): string {
  return `${CSV_COLUMNS.map((column) => csvField(order[column], options)).join(',')}\r\n`;
}

/** One record of any values, e.g. a header of column names or one row of a table. */
export function csvRecord(values: readonly unknown[], options: CsvOptions = {}): string {
  return `${values.map((value) => csvField(value, options)).join(',')}\r\n`;
}
