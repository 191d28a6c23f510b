import { describe, expect, it } from 'vitest';
import { FILE_ERROR_CODES, FileError, fileErrorContext, fileErrorMessage, isFileError } from '../../src/file-errors.js';

function systemError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: something, ${syscall}`);
  error.code = code;
  error.syscall = syscall;
  if (path) error.path = path;
  return error;
}

describe('fileErrorMessage', () => {
  it.each([
    ['ENOSPC', /^cannot write \/x\/out\.csv: the disk is full \(ENOSPC\)\. Free some space/],
    ['EDQUOT', /: your disk quota is used up \(EDQUOT\)\. Free some space within your quota/],
    ['EISDIR', /: it is a directory \(EISDIR\)\. Give the path of a file/],
    ['ENOENT', /: the directory \/x does not exist \(ENOENT\)\. Create it first \(mkdir -p \/x\)/],
    [
      'EACCES',
      /: permission denied \(EACCES\)\. Choose another path, or get write permission on \/x\/out\.csv or \/x\./,
    ],
    ['EPERM', /: the operation is not permitted \(EPERM\)\. Choose another path/],
    ['EROFS', /: the file system is read-only \(EROFS\)\. Choose another path/],
    ['ENOTDIR', /: a part of the path is a file, not a directory \(ENOTDIR\)\. Check the path\./],
    ['EMFILE', /: too many files are open \(EMFILE\)\. .*ulimit -n/],
    ['EEXIST', /: it already exists \(EEXIST\)\. Choose another path/],
  ])('%s: one line with the path, the reason, the code and what to do', (code, expected) => {
    const message = fileErrorMessage(systemError(code, 'open'), { path: '/x/out.csv', action: 'write' });
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  it('never promises that --resume will work: that is for the caller to say', () => {
    for (const code of [...FILE_ERROR_CODES, 'EWEIRD']) {
      for (const action of ['write', 'read', 'create', 'open'] as const) {
        expect(fileErrorMessage(systemError(code, 'write'), { path: 'o.csv', action })).not.toMatch(/resume/i);
      }
    }
  });

  it('a hint from the caller replaces the default advice', () => {
    const hint = '1,200 orders are saved in out.csv; free some space and re-run with --resume.';
    expect(fileErrorMessage(systemError('ENOSPC', 'write'), { path: 'out.csv', action: 'write', hint })).toBe(
      `cannot write out.csv: the disk is full (ENOSPC). ${hint}`,
    );
  });

  it('reading is explained as reading', () => {
    expect(fileErrorMessage(systemError('ENOENT', 'open'), { path: 'in.json', action: 'read' })).toBe(
      'cannot read in.json: there is no such file (ENOENT). Check the path.',
    );
  });

  it('a path a shell would split is quoted in the command it suggests', () => {
    const message = fileErrorMessage(systemError('ENOENT', 'open'), { path: "/my dir/it's/o.csv", action: 'write' });
    expect(message).toContain(`mkdir -p '/my dir/it'\\''s'`);
  });

  it('an unknown code keeps Node’s words', () => {
    expect(fileErrorMessage(systemError('EWEIRD', 'write'), { path: 'o.csv', action: 'write' })).toBe(
      'cannot write o.csv: EWEIRD: something, write (EWEIRD). Check the path and run the same command again.',
    );
  });
});

describe('fileErrorContext', () => {
  it('the path Node names, else the fallback; the action from the system call', () => {
    expect(fileErrorContext(systemError('EISDIR', 'open', '/tmp'), '/tmp')).toEqual({ path: '/tmp', action: 'write' });
    expect(fileErrorContext(systemError('ENOSPC', 'write'), 'out.csv')).toEqual({ path: 'out.csv', action: 'write' });
    expect(fileErrorContext(systemError('EACCES', 'mkdir', '/a'), 'o')).toEqual({ path: '/a', action: 'create' });
    expect(fileErrorContext(systemError('EACCES', 'read', '/a'), 'o')).toEqual({ path: '/a', action: 'read' });
    expect(fileErrorContext(systemError('EACCES', 'open', 'o.ckpt'), 'o')).toEqual({ path: 'o.ckpt', action: 'open' });
  });
});

describe('isFileError and FileError', () => {
  it('recognises errors with an explained code only', () => {
    expect(isFileError(systemError('ENOSPC', 'write'))).toBe(true);
    expect(isFileError(systemError('ECONNREFUSED', 'connect'))).toBe(false);
    expect(isFileError(new Error('ENOSPC'))).toBe(false);
    expect(isFileError({ code: 'ENOSPC' })).toBe(false);
  });

  it('FileError carries the finished message, the code and the cause', () => {
    const cause = systemError('ENOSPC', 'write');
    const error = new FileError(cause, { path: 'o.csv', action: 'write', hint: 'Do X.' });
    expect(error.message).toBe('cannot write o.csv: the disk is full (ENOSPC). Do X.');
    expect(error.code).toBe('ENOSPC');
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('FileError');
  });
});
