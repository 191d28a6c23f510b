// Keeps every part of the token out of what the client hands back. The token
// never goes into a URL or a message of ours, but a hostile or broken server or
// proxy can echo the Authorization header back, whole or cut anywhere, in a
// body, a header or a message; a careless caller can put it in the wrong field.
// So any run of WINDOW or more characters of the token counts as the token, and
// every error passes through here before anything in it is shortened: a cut
// made first could leave a fragment that no longer matches in full.

export const REDACTED = '[redacted]';
/** The shortest run of the token's characters that is treated as the token. */
export const WINDOW = 8;

export type Redact = (text: string) => string;

/** Shorter than this, a string is no secret and masking it would maul ordinary words. */
const TRIVIAL = 6;

/**
 * A function that masks, in any text, every run of WINDOW or more consecutive
 * characters that also occurs in `secret`. A secret shorter than WINDOW is
 * masked only where it occurs whole (and one shorter than 6 is no secret).
 */
export function secretRedactor(secret: string): Redact {
  if (secret.length < TRIVIAL) return (text) => text;
  if (secret.length < WINDOW) return (text) => (text.includes(secret) ? text.split(secret).join(REDACTED) : text);
  const grams = new Set<string>();
  for (let i = 0; i + WINDOW <= secret.length; i++) grams.add(secret.slice(i, i + WINDOW));
  const inSecret = new Set(secret);
  return (text) => {
    if (text.length < WINDOW) return text;
    let out = '';
    let copied = 0; // text before this index is already in `out`
    let maskedTo = -1; // end of the masked run being extended
    let i = 0;
    while (i + WINDOW <= text.length) {
      // A window can only match if its last character is one of the secret's:
      // when it is not, no window that contains it can match, so skip past it.
      if (!inSecret.has(text[i + WINDOW - 1] as string)) {
        i += WINDOW;
        continue;
      }
      if (grams.has(text.slice(i, i + WINDOW))) {
        if (i > maskedTo) {
          out += text.slice(copied, i) + REDACTED;
        }
        maskedTo = i + WINDOW;
        copied = maskedTo;
      }
      i++;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
}
