// Keeps the API token out of everything the CLI writes for a person. A token
// pasted into the wrong flag comes back in "--limit must be a whole number, got
// ..." or in commander's "unknown option ...", often with something around it
// or cut short, so any run of WINDOW characters of the token is masked, not only
// the whole token. Self-contained on purpose: the client has its own.

const MASK = '[redacted]';
/** Shorter runs are too likely to occur in ordinary text to be masked. */
const WINDOW = 8;

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
  const windows = new Set<string>();
  const short = new Set<string>();
  for (const token of tokens) {
    if (token.length < WINDOW) {
      if (token.length > 0) short.add(token);
      continue;
    }
    for (let i = 0; i + WINDOW <= token.length; i++) windows.add(token.slice(i, i + WINDOW));
  }
  if (windows.size === 0 && short.size === 0) return (text) => text;
  return (text) => {
    let masked = windows.size ? maskWindows(text, windows) : text;
    for (const token of short) masked = masked.split(token).join(MASK);
    return masked;
  };
}

function maskWindows(text: string, windows: ReadonlySet<string>): string {
  const spans: [start: number, end: number][] = [];
  for (let i = 0; i + WINDOW <= text.length; i++) {
    if (!windows.has(text.slice(i, i + WINDOW))) continue;
    const last = spans[spans.length - 1];
    if (last && i <= last[1]) last[1] = i + WINDOW;
    else spans.push([i, i + WINDOW]);
  }
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start) + MASK;
    from = end;
  }
  return out + text.slice(from);
}
