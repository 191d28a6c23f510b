// The process's own output streams: a filter that every write passes through
// (so no code path, commander's included, can skip redaction or sanitising),
// and the name of what stdout was redirected to, for error messages.
import { readlinkSync } from 'node:fs';

type Write = (chunk: unknown, ...rest: unknown[]) => boolean;

/** Makes every later `stream.write` pass its text through `filter` first. */
export function filterWrites(stream: NodeJS.WritableStream, filter: (text: string) => string): void {
  const write = stream.write.bind(stream) as Write;
  const filtered: Write = (chunk, ...rest) => {
    if (typeof chunk === 'string') return write(filter(chunk), ...rest);
    if (chunk instanceof Uint8Array) {
      // Now a string in UTF-8: an encoding given for the bytes no longer applies.
      const after = typeof rest[0] === 'string' ? rest.slice(1) : rest;
      return write(filter(Buffer.from(chunk).toString('utf8')), ...after);
    }
    return write(chunk, ...rest);
  };
  stream.write = filtered as typeof stream.write;
}

/**
 * The file stdout is redirected to, as the user would name it (`> /dev/full`
 * gives "/dev/full"), where the system tells (Linux); else "standard output".
 */
export function stdoutName(): string {
  try {
    const target = readlinkSync('/proc/self/fd/1');
    if (target.startsWith('/')) return target;
  } catch {
    // not Linux, or no /proc: the generic name will do
  }
  return 'standard output';
}
