// The OWASP rule for CSV injection: a cell a spreadsheet may run as a formula
// starts with =, +, -, @, a tab or a carriage return. Plain numbers (-5, +1.5)
// start with a sign too and are harmless; they must not be flagged or mangled.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** True when a spreadsheet could run `cell` (an unquoted CSV field value) as a formula. */
export function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
}
