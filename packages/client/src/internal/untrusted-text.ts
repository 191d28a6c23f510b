// Text the server chose (an error message, a redirect target, a body preview)
// ends up in our error messages, and those get printed to terminals and logs.
// Control characters there can clear a screen, retitle a window, hide text or
// forge an extra line, so only a short, single-line, printable form of it is
// ever quoted in a message. The data itself (error.body) is kept as received.

// C0 controls and DEL, C1 controls, bidi embeddings/overrides/isolates and
// marks, and the Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

// Whole escape sequences go, not only their ESC: "[2J" left behind would still
// say something the server chose. CSI, OSC (to BEL or ST), DCS/SOS/PM/APC (to
// ST), and two-character ESC sequences, in 7-bit and C1 forms.
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|(?:\u001b[PX^_]|[\u0090\u0098\u009e\u009f])[^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[@-Z\\-_]/g;

/** `text` as one printable line of at most `max` characters (an ellipsis marks a cut). */
export function quoteUntrusted(text: string, max = 200): string {
  const flat = text.replace(ESCAPE_SEQUENCE, '').replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
