// What went wrong with a file or stream, in the words of one line on standard
// error or in an error line: the cause in plain words and the system's code
// (`permission denied (EACCES)`), never a stack trace.

import { rmSync, writeFileSync } from 'node:fs';

const CAUSES: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file grew too large',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EPIPE: 'the reader closed the pipe',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EINVAL: 'the file does not accept this operation',
  Z_BUF_ERROR: 'the gzip data ends early',
  Z_DATA_ERROR: 'not valid gzip data',
  ERR_WORKER_OUT_OF_MEMORY: "the document exhausted the worker's memory",
};

/** `permission denied (EACCES)`, `the gzip data ends early (unexpected end of file)`, or the error's own message. */
export function causeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = code === undefined ? undefined : CAUSES[code];
  if (cause === undefined) return messageOf(error);
  // zlib's own words say more than its code.
  return code!.startsWith('Z_') ? `${cause} (${messageOf(error)})` : `${cause} (${code})`;
}

/** The first line of an error's message. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

/**
 * A problem with the output (a file, a folder, standard output): exit status 2.
 * Thrown once the output was cut back to its last complete document;
 * `cutShort` when it could not be (a device or a pipe may end in part of a line).
 */
export class OutputProblem extends Error {
  constructor(
    message: string,
    readonly cutShort = false,
    /** The system's code of the fault (ENOSPC), when there was one. */
    readonly code?: string,
  ) {
    super(message);
  }

  /** The output's device or quota is full: room must be made before going on. */
  get full(): boolean {
    return this.code === 'ENOSPC' || this.code === 'EDQUOT' || this.code === 'EFBIG';
  }
}

/**
 * Writes a whole file (a page, a report), or removes what a failed write left
 * and throws an OutputProblem naming the file and the cause.
 */
export function writeWholeFile(path: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    rmSync(path, { force: true });
    throw new OutputProblem(`cannot write ${path}: ${causeOf(error)}`, false, codeOf(error));
  }
}

export const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;
