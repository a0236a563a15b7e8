// An output file written in whole pieces and cut back when a write fails: the
// caller says where the last complete document ends, and a fault (a full
// disk, a quota, an I/O error) leaves the file there, so that --resume
// continues it. Writes are synchronous: a batch's bytes are in the file, or
// the fault is known, before anything else runs (a signal handler included).

import { closeSync, ftruncateSync, fstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { OutputProblem, causeOf } from './faults.js';

/** The file system calls an OutputFile makes; tests put a failing device in their place. */
export interface FileCalls {
  makeFolder(path: string): void;
  open(path: string, flags: 'w' | 'a'): number;
  size(fd: number): number;
  /** Writes some of `bytes` (at least one byte) and returns how many, or throws. */
  write(fd: number, bytes: Uint8Array): number;
  truncate(fd: number, length: number): void;
  close(fd: number): void;
}

export const nodeFileCalls: FileCalls = {
  makeFolder: (path) => mkdirSync(path, { recursive: true }),
  open: (path, flags) => openSync(path, flags),
  size: (fd) => fstatSync(fd).size,
  write: (fd, bytes) => writeSync(fd, bytes),
  truncate: (fd, length) => ftruncateSync(fd, length),
  close: (fd) => closeSync(fd),
};

export class OutputFile {
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly fd: number,
    /** Bytes in the file. */
    public size: number,
    private readonly calls: FileCalls,
  ) {}

  /**
   * Opens `path` for writing (`append`: after what it holds), making its
   * folder; a path that cannot be a file is an OutputProblem that names it.
   */
  static open(path: string, append: boolean, calls: FileCalls = nodeFileCalls): OutputFile {
    try {
      calls.makeFolder(dirname(path));
    } catch (error) {
      throw new OutputProblem(`cannot write ${path}: cannot make its folder ${dirname(path)}: ${causeOf(error)}`);
    }
    let fd: number;
    try {
      fd = calls.open(path, append ? 'a' : 'w');
    } catch (error) {
      throw new OutputProblem(`cannot write ${path}: ${causeOf(error)}`);
    }
    let size = 0;
    try {
      size = append ? calls.size(fd) : 0;
    } catch {
      // A device or pipe has no size to keep.
    }
    return new OutputFile(path, fd, size, calls);
  }

  /**
   * Writes all of `bytes`, or returns the fault with how many of them reached
   * the file; the caller then cuts the file back (cutTo).
   */
  write(bytes: Uint8Array): { written: number; fault?: unknown } {
    let written = 0;
    while (written < bytes.length) {
      try {
        written += this.calls.write(this.fd, written === 0 ? bytes : bytes.subarray(written));
      } catch (fault) {
        this.size += written;
        return { written, fault };
      }
    }
    this.size += written;
    return { written };
  }

  /** Cuts the file back to `length` bytes; false when it cannot be cut (a device, a pipe). */
  cutTo(length: number): boolean {
    try {
      this.calls.truncate(this.fd, length);
      this.size = length;
      return true;
    } catch {
      return false;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.calls.close(this.fd);
    } catch (error) {
      throw new OutputProblem(`cannot write ${this.path}: ${causeOf(error)}`);
    }
  }
}
