import { EventEmitter } from 'node:events';
import { stripVTControlCharacters } from 'node:util';

/** A terminal's input as Ink reads it: raw mode, `readable` events, `read()`. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  private pending: string | null = null;

  write(data: string): void {
    this.pending = data;
    this.emit('readable');
  }

  read(): string | null {
    const data = this.pending;
    this.pending = null;
    return data;
  }

  setRawMode(): this {
    return this;
  }

  setEncoding(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }
}

/**
 * A terminal's output of a fixed size, keeping everything written to it. It says it is no TTY:
 * on a TTY Ink hides the cursor, and the library that does so also registers an exit hook that
 * writes the show-cursor code to the real stderr, which would land in the test runner's output.
 */
export class FakeStdout extends EventEmitter {
  isTTY = false;
  columns = 80;
  rows = 30;
  private chunks: string[] = [];

  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }

  /** All output so far, without escape codes. */
  text(): string {
    return stripVTControlCharacters(this.chunks.join(''));
  }
}
