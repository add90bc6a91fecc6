import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverComposeFiles } from '../../src/cli/discover.js';
import { tempStack } from '../helpers/run-cli.js';

const stub = 'services: {}\n';

describe('finding the compose files without -f', () => {
  it('takes the nearest folder above that has one, with its override, as Compose does', () => {
    const dir = tempStack({ 'compose.yaml': stub, 'compose.override.yaml': stub });
    const deep = path.join(dir, 'src', 'app');
    mkdirSync(deep, { recursive: true });
    expect(discoverComposeFiles([], {}, deep)).toEqual([
      path.join(dir, 'compose.yaml'),
      path.join(dir, 'compose.override.yaml'),
    ]);
  });

  it('prefers the working folder to the folders above it', () => {
    const dir = tempStack({ 'compose.yaml': stub, 'sub/docker-compose.yml': stub });
    const sub = path.join(dir, 'sub');
    expect(discoverComposeFiles([], {}, sub)).toEqual([path.join(sub, 'docker-compose.yml')]);
  });

  it('names the working folder when no folder up to the root has one', () => {
    const dir = tempStack({});
    expect(() => discoverComposeFiles([], {}, dir)).toThrow(
      `no compose file in ${dir} or a folder above it`,
    );
  });
});
