import { BadRequestError } from '@hl-orders/client';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/file-errors.js';
import { reportFor } from '../../src/report-error.js';
import { TERMINAL_CONTROL } from '../support/orders.js';

function systemError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: something, ${syscall}`);
  Object.assign(error, { code, syscall, path });
  return error;
}

const text = { json: false, path: 'out.csv' };

describe('reportFor', () => {
  it('a reader that went away (EPIPE) is not a failure and says nothing', () => {
    expect(reportFor(systemError('EPIPE', 'write'), text)).toEqual({ exitCode: 0, text: '' });
  });

  it('a file-system error: one line naming the path it was about, exit 1', () => {
    expect(reportFor(systemError('ENOSPC', 'write'), text)).toEqual({
      exitCode: 1,
      text: 'hl-orders: cannot write out.csv: the disk is full (ENOSPC). Free some space on that disk, or choose a path on another disk, and run the same command again.\n',
    });
    // The path Node names wins; opening --output is writing it, opening anything else is opening.
    expect(reportFor(systemError('EISDIR', 'open', '/tmp'), { ...text, path: '/tmp' }).text).toMatch(
      /^hl-orders: cannot write \/tmp: it is a directory/,
    );
    expect(reportFor(systemError('EACCES', 'open', 'out.csv.checkpoint.json'), text).text).toMatch(
      /^hl-orders: cannot open out\.csv\.checkpoint\.json: permission denied/,
    );
  });

  it('a FileError is reported as its caller wrote it', () => {
    const error = new FileError(systemError('ENOSPC', 'write'), { path: 'o', action: 'write', hint: 'Use --resume.' });
    expect(reportFor(error, text).text).toBe('hl-orders: cannot write o: the disk is full (ENOSPC). Use --resume.\n');
  });

  it('a server message with control characters becomes one clean line, as text or JSON', () => {
    const error = new BadRequestError({
      status: 400,
      request: { method: 'GET', url: 'http://x/' },
      message: 'GET / failed: \u001b]0;t\u0007bad\nhl-orders: run this\u2028\u009b1m',
    });
    const plain = reportFor(error, text).text;
    expect(plain).toBe('hl-orders: GET / failed: bad hl-orders: run this \n');
    const json = reportFor(error, { ...text, json: true }).text;
    expect(json.slice(0, -1)).not.toMatch(TERMINAL_CONTROL);
    expect(JSON.parse(json)).toEqual({
      error: { name: 'BadRequestError', message: 'GET / failed: bad hl-orders: run this ', exitCode: 1 },
    });
  });
});
