// Text from the server or from a user's data, made safe for a terminal: a
// terminal acts on control characters (ESC starts sequences that clear the
// screen, set the window title or write to the clipboard; CR and backspace
// overwrite what is shown) and bidi controls reorder what a line seems to say.
// Everything printed for a person passes through here; our own colours are
// added afterwards.

// biome-ignore-start lint/suspicious/noControlCharactersInRegex: control characters are what this module finds
/** A whole escape sequence (CSI, OSC/DCS/SOS/PM/APC strings, two-character ESC), 7-bit or C1. */
const SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[\u0020-\u002f]*[\u0030-\u007e]/;
/** C0 and C1 controls, DEL, bidi controls (U+061C, U+200E/F, U+202A-E, U+2066-9), U+2028/9. */
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE = new RegExp(`${SEQUENCE.source}|\\r\\n|${UNSAFE_CHARACTER.source}`, 'g');
/** The only sequences our own output uses: the SGR codes of the colours we use (color.ts), and erase-line. */
const OURS = /^\u001b\[(?:(?:0|1|2|22|31|32|33|36|39)?m|K)$/;
// biome-ignore-end lint/suspicious/noControlCharactersInRegex: control characters are what this module finds

const LINE_BREAKS = new Set(['\r\n', '\n', '\r', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029']);

export interface TerminalTextOptions {
  /**
   * Replace every line break (and tab) with a space, so the text cannot start a
   * line that looks like one of ours. Default: `true`. With `false`, line
   * breaks become `\n` and tabs stay.
   */
  oneLine?: boolean;
}

/** `text` without escape sequences, control characters, bidi controls or line separators. */
export function terminalText(text: string, { oneLine = true }: TerminalTextOptions = {}): string {
  return text.replace(UNSAFE, (match) => {
    if (LINE_BREAKS.has(match)) return oneLine ? ' ' : '\n';
    if (match === '\t') return oneLine ? ' ' : '\t';
    return '';
  });
}

export interface TerminalChunkOptions {
  /** Keep a lone CR (a progress line redraws itself with one). Default: `false`, it becomes `\n`. */
  carriageReturn?: boolean;
}

/**
 * The last line of defence for a whole stream (stderr, or stdout on a
 * terminal): like {@link terminalText} with line breaks kept, except that the
 * few sequences our own output uses (colours, erase-line) are let through.
 */
export function terminalChunk(text: string, { carriageReturn = false }: TerminalChunkOptions = {}): string {
  return text.replace(UNSAFE, (match) => {
    if (match === '\n' || match === '\r\n' || match === '\t' || OURS.test(match)) return match;
    if (match === '\r') return carriageReturn ? match : '\n';
    return LINE_BREAKS.has(match) ? '\n' : '';
  });
}
