// One line for a file the CLI could not write or read: which path, why (in
// words and the system's code), and what to do about it. Node's own message
// ("ENOSPC: no space left on device, write") names neither the path nor a
// way out, and its stack trace helps nobody who ran out of disk.
import { dirname } from 'node:path';

export type FileAction = 'write' | 'read' | 'create' | 'open';

export interface FileErrorContext {
  /** The path as the user gave it (or "standard output"). */
  path: string;
  /** What the CLI was doing: "cannot <action> <path>". */
  action: FileAction;
  /** Replaces the default advice, e.g. to say whether --resume can continue. */
  hint?: string;
}

interface Explanation {
  why: string;
  hint: string;
}

/** Quoted for a shell when it needs to be, so that a hint can be pasted as is. */
function shell(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

const writing = (action: FileAction) => action !== 'read';

function explain(code: string, path: string, action: FileAction): Explanation | undefined {
  const dir = dirname(path);
  switch (code) {
    case 'ENOSPC':
      return {
        why: 'the disk is full',
        hint: 'Free some space on that disk, or choose a path on another disk, and run the same command again.',
      };
    case 'EDQUOT':
      return {
        why: 'your disk quota is used up',
        hint: 'Free some space within your quota, or choose a path on another disk, and run the same command again.',
      };
    case 'EFBIG':
      return { why: 'the file is too large for its file system', hint: 'Choose a path on another disk.' };
    case 'EISDIR':
      return writing(action)
        ? {
            why: 'it is a directory',
            hint: 'Give the path of a file, for example a new file name inside that directory.',
          }
        : { why: 'it is a directory, not a file', hint: 'Give the path of a file.' };
    case 'ENOENT':
      return writing(action)
        ? {
            why: `the directory ${dir} does not exist`,
            hint: `Create it first (mkdir -p ${shell(dir)}) or choose another path.`,
          }
        : { why: 'there is no such file', hint: 'Check the path.' };
    case 'ENOTDIR':
      return { why: 'a part of the path is a file, not a directory', hint: 'Check the path.' };
    case 'EACCES':
    case 'EPERM':
      return writing(action)
        ? {
            why: code === 'EACCES' ? 'permission denied' : 'the operation is not permitted',
            hint: `Choose another path, or get write permission on ${path === dir ? path : `${path} or ${dir}`}.`,
          }
        : {
            why: code === 'EACCES' ? 'permission denied' : 'the operation is not permitted',
            hint: 'Get read permission on it, or give another path.',
          };
    case 'EROFS':
      return { why: 'the file system is read-only', hint: 'Choose another path, on a disk that can be written.' };
    case 'EEXIST':
      return { why: 'it already exists', hint: 'Choose another path, or move the existing one away first.' };
    case 'EMFILE':
    case 'ENFILE':
      return {
        why: 'too many files are open',
        hint: 'Close other programs or raise the limit on open files (ulimit -n), and run the same command again.',
      };
    case 'ENAMETOOLONG':
      return { why: 'the path is too long', hint: 'Choose a shorter path.' };
    case 'ELOOP':
      return { why: 'the path has a loop of symbolic links', hint: 'Check the links in the path.' };
    case 'EBUSY':
    case 'ETXTBSY':
      return { why: 'the file is busy', hint: 'Close the program that holds it, or choose another path.' };
    case 'EIO':
      return {
        why: 'an input/output error occurred',
        hint: 'The disk or network share may be failing; check it, or choose a path on another disk.',
      };
    default:
      return undefined;
  }
}

/** The system error codes this module explains. */
export const FILE_ERROR_CODES: ReadonlySet<string> = new Set([
  'ENOSPC',
  'EDQUOT',
  'EFBIG',
  'EISDIR',
  'ENOENT',
  'ENOTDIR',
  'EACCES',
  'EPERM',
  'EROFS',
  'EEXIST',
  'EMFILE',
  'ENFILE',
  'ENAMETOOLONG',
  'ELOOP',
  'EBUSY',
  'ETXTBSY',
  'EIO',
]);

/** An error from the file system (Node's fs, or a stream writing to a file) with a code explained here. */
export function isFileError(error: unknown): error is NodeJS.ErrnoException {
  if (!(error instanceof Error)) return false;
  const { code } = error as NodeJS.ErrnoException;
  return typeof code === 'string' && FILE_ERROR_CODES.has(code);
}

/**
 * "cannot write /x/out.csv: the disk is full (ENOSPC). Free some space ..."
 * for an error with a file-system `code`; the path and action come from the
 * caller, who knows what it was doing.
 */
export function fileErrorMessage(error: unknown, { path, action, hint }: FileErrorContext): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
  const explained = explain(code, path, action);
  const why = explained?.why ?? (error instanceof Error ? error.message : String(error));
  const advice = hint ?? explained?.hint ?? 'Check the path and run the same command again.';
  return `cannot ${action} ${path}: ${why} (${code}). ${advice}`;
}

/**
 * What an error from the file system was about, when the code that caught it
 * does not know: the path Node names (`error.path`), else `fallbackPath`, and
 * the action from the system call.
 */
export function fileErrorContext(error: NodeJS.ErrnoException, fallbackPath: string): FileErrorContext {
  const path = error.path ?? fallbackPath;
  const { syscall } = error;
  let action: FileAction = 'write';
  if (syscall === 'mkdir' || syscall === 'mkdtemp' || syscall === 'symlink' || syscall === 'link') action = 'create';
  else if (syscall === 'read' || syscall === 'scandir' || syscall === 'stat' || syscall === 'lstat') action = 'read';
  else if (syscall === 'open' && error.path !== undefined && error.path !== fallbackPath) action = 'open';
  return { path, action };
}

/** A file error already explained in one line, by code that knew more (such as whether --resume can continue). */
export class FileError extends Error {
  override name = 'FileError';
  readonly code: string | undefined;

  constructor(cause: unknown, context: FileErrorContext) {
    super(fileErrorMessage(cause, context), { cause });
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}
