import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import type { EndpointSources } from './endpoint.js';

/** The real environment, home folder and files, for resolving the engine endpoint. */
export function systemSources(): EndpointSources {
  return {
    env: process.env,
    home: homedir(),
    exists: (path) => existsSync(path),
    readText: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
