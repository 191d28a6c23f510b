// Finds characters that should never reach a terminal or a log raw: C0 and C1
// controls and DEL, and optionally the invisible formatting characters that
// reorder or break lines (bidi controls, U+2028, U+2029).

/** One character found by {@link controlCharsIn}. */
export interface ControlChar {
  /** Index in the text (UTF-16 code units). */
  index: number;
  /** The code point, e.g. `U+001B`. */
  code: string;
}

export interface ControlCharsOptions {
  /** Characters not to report, e.g. `'\n\t'` for text with lines and tabs. Default none. */
  allow?: string;
  /** Also report bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and U+2028, U+2029. Default false. */
  formatting?: boolean;
}

const FORMATTING = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029,
]);

// C0 (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F).
const isControl = (code: number): boolean => code <= 0x1f || (code >= 0x7f && code <= 0x9f);

/** Every control character in `text`, in order; `[]` when it is clean. */
export function controlCharsIn(text: string, options: ControlCharsOptions = {}): ControlChar[] {
  const allow = options.allow ?? '';
  const found: ControlChar[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isControl(code) && !(options.formatting && FORMATTING.has(code))) continue;
    if (allow.includes(text[index] as string)) continue;
    found.push({ index, code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  return found;
}
