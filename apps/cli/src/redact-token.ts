// Keeps the API token out of everything the CLI writes. A token pasted into
// the wrong flag comes back in "--limit must be a whole number, got ..." or in
// commander's "unknown option ...", often with something around it or cut
// short, and a hostile server can put it in the data, so any run of 8
// characters of the token is masked, not only the whole token (the client's
// redactor, applied for every token the user gave).
import { createRedactor } from '@hl-orders/client';

/** The tokens the user gave: `--token X`, `--token=X` and HIGHLEVEL_TOKEN. */
export function tokensFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const tokens: string[] = [];
  argv.forEach((arg, i) => {
    const next = argv[i + 1];
    if (arg === '--token' && next !== undefined) tokens.push(next);
    else if (arg.startsWith('--token=')) tokens.push(arg.slice('--token='.length));
  });
  if (env.HIGHLEVEL_TOKEN) tokens.push(env.HIGHLEVEL_TOKEN);
  return tokens.filter((token) => token.length > 0);
}

/**
 * A function that replaces, in a text, every run of 8 or more consecutive
 * characters of any of `tokens` with `[redacted]` (overlapping and touching
 * runs become one mask). A token shorter than 8 characters is masked only
 * where it occurs whole.
 */
export function tokenRedactor(tokens: readonly string[]): (text: string) => string {
  const redactors = [...new Set(tokens)].map((token) => createRedactor(token.trim().replace(/^bearer\s+/i, '')));
  if (redactors.length === 0) return (text) => text;
  return (text) => redactors.reduce((masked, redact) => redact(masked), text);
}
