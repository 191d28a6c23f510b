// JSON.stringify, plus \uXXXX escapes for the characters it leaves raw that are
// unsafe downstream: U+2028/U+2029 end a line in JavaScript source and in many
// line-based tools; C1 controls (U+0080-U+009F, e.g. U+009B, a one-byte CSI) and
// DEL drive a terminal; bidi controls reorder what a terminal shows. JSON text
// holds such characters only inside strings, where an escape means the same
// character, so the output parses to exactly the same values.
const RAW_BUT_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const unicodeEscape = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `JSON.stringify(value, null, indent)` with those characters escaped. */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_BUT_UNSAFE, unicodeEscape);
}
