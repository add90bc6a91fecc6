import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildUsers } from '../../src/cli/build-users.js';
import { parseCompose } from '../../src/compose/document.js';
import { tempStack } from '../helpers/run-cli.js';

const DOCKERFILE = [
  'FROM golang:1.23 AS build',
  'USER 1234',
  'RUN go build ./...',
  'FROM build AS debug',
  'RUN true',
  'FROM gcr.io/distroless/static',
  'USER 65532:65532',
  '',
].join('\n');

function usersOf(compose: string, files: Record<string, string>) {
  const dir = tempStack({ 'compose.yaml': compose });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return Object.fromEntries(readBuildUsers(parseCompose(compose, 'compose.yaml'), dir));
}

describe('readBuildUsers', () => {
  it('takes the last USER of the final stage, with the line it is on', () => {
    const users = usersOf('services:\n  app:\n    build: ./app\n', {
      'app/Dockerfile': DOCKERFILE,
    });
    expect(users).toEqual({ app: { user: '65532:65532', where: 'app/Dockerfile:7' } });
  });

  it('follows a build target back to the stage it starts from', () => {
    const compose =
      'services:\n  app:\n    build:\n      context: app\n      dockerfile: Build.Dockerfile\n      target: debug\n';
    const users = usersOf(compose, { 'app/Build.Dockerfile': DOCKERFILE });
    expect(users).toEqual({ app: { user: '1234', where: 'app/Build.Dockerfile:2' } });
  });

  it('reads dockerfile_inline', () => {
    const compose =
      'services:\n  app:\n    build:\n      dockerfile_inline: |\n        FROM alpine\n        USER nobody\n';
    expect(usersOf(compose, {})).toEqual({ app: { user: 'nobody', where: 'dockerfile_inline:2' } });
  });

  it('knows nothing when the Dockerfile is missing or sets no USER', () => {
    const compose =
      'services:\n  a:\n    build: ./a\n  b:\n    build: ./b\n  d:\n    image: redis\n';
    const users = usersOf(compose, { 'b/Dockerfile': 'FROM alpine\n' });
    expect(users).toEqual({});
  });

  it('returns a USER from a build variable as written, for the plan to report unknown', () => {
    const users = usersOf('services:\n  c:\n    build: ./c\n', {
      'c/Dockerfile': 'FROM alpine\nUSER ${UID}\n',
    });
    expect(users).toEqual({ c: { user: '${UID}', where: 'c/Dockerfile:2' } });
  });
});
