import { Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { readStackFiles } from '../../src/cli/load.js';
import type { Stack } from '../../src/compose/stack.js';

/** How a stack on disk is read: the `-f` files, if any, and the whole environment. */
export interface StackRun {
  files?: readonly string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Reads the stack in `dir` as the CLI does (file discovery, COMPOSE_FILE, each folder's `.env`),
 * with `run.env` as the only environment. What the CLI would print on stderr is returned.
 */
export function readStackOnDisk(dir: string, run: StackRun): { stack: Stack; stderr: string } {
  let stderr = '';
  const io: Io = {
    stdout: sink(() => undefined),
    stderr: sink((text) => {
      stderr += text;
    }),
    stdin: process.stdin,
    env: run.env,
    cwd: dir,
  };
  const options = run.files ? { file: [...run.files] } : {};
  return { stack: readStackFiles(options, io).stack, stderr };
}

function sink(write: (text: string) => void): NodeJS.WriteStream {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      write(String(chunk));
      done();
    },
  });
  // Only `write` is ever called on these streams.
  return stream as unknown as NodeJS.WriteStream;
}
