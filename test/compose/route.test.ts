import { describe, expect, it } from 'vitest';
import { applyStackEdits } from '../../src/compose/apply-stack.js';
import { parseCompose } from '../../src/compose/document.js';
import { loadStack } from '../../src/compose/stack.js';
import { planStack } from '../../src/plan/plan.js';
import { editsFor } from '../../src/plan/select.js';
import type { Finding } from '../../src/plan/types.js';
import { loadPresets } from '../../src/presets/load.js';

const presets = loadPresets();
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

/** A stack held in memory: file names are relative to /stack. */
function stackOf(files: Record<string, string>, order: string[], env: Record<string, string> = {}) {
  return loadStack({
    files: order.map((name) => `/stack/${name}`),
    open: (path) => {
      const name = path.replace('/stack/', '');
      const text = files[name];
      return text === undefined ? undefined : parseCompose(text, name);
    },
    lookup: () => (name) => env[name],
  });
}

/** Every file's text after the one finding's fix (or its shared-block fix) is taken. */
function fixed(stack: ReturnType<typeof stackOf>, key: string, shared = false) {
  const plan = planStack(stack, presets);
  const edits = editsFor(plan, new Set([key]), shared ? new Set([key]) : new Set());
  return Object.fromEntries(
    applyStackEdits(stack, edits).map((change) => [change.file.compose.file, change.after]),
  );
}

function finding(stack: ReturnType<typeof stackOf>, key: string): Finding {
  const found = planStack(stack, presets)
    .services.flatMap((s) => s.findings)
    .find((f) => f.key === key);
  if (!found) throw new Error(`no finding ${key}`);
  return found;
}

const SHARED = yaml(
  'x-base: &base',
  '  restart: always',
  'services:',
  '  web:',
  '    <<: *base',
  '    image: nginx:1.27',
  '  worker:',
  '    <<: *base',
  '    image: acme/worker:1',
);

describe('where a change is written', () => {
  it('changes a block in place when the service is the only one merging it', () => {
    const text = yaml(
      'x-base: &base',
      '  restart: always',
      'services:',
      '  web:',
      '    <<: *base',
      '    image: nginx:1.27',
    );
    expect(
      fixed(stackOf({ 'compose.yaml': text }, ['compose.yaml']), 'web/restart-policy'),
    ).toEqual({
      'compose.yaml': text.replace('restart: always', 'restart: unless-stopped'),
    });
  });

  it('writes into the service when the block is shared, and names who shares it', () => {
    const stack = stackOf({ 'compose.yaml': SHARED }, ['compose.yaml']);
    expect(finding(stack, 'web/restart-policy').shared).toMatchObject({
      anchor: 'base',
      line: 2,
      services: ['worker'],
    });
    expect(fixed(stack, 'web/restart-policy')).toEqual({
      'compose.yaml': SHARED.replace(
        '    image: nginx:1.27\n',
        '    image: nginx:1.27\n    restart: unless-stopped\n',
      ),
    });
  });

  it('changes the shared block itself when asked, for every service merging it', () => {
    const stack = stackOf({ 'compose.yaml': SHARED }, ['compose.yaml']);
    expect(fixed(stack, 'web/restart-policy', true)).toEqual({
      'compose.yaml': SHARED.replace('restart: always', 'restart: unless-stopped'),
    });
  });

  it('changes a block written in place under <<: when no other service merges it', () => {
    const text = yaml(
      'services:',
      '  c:',
      '    image: nginx:1.27',
      '    <<: &only {user: root, read_only: false}',
    );
    const stack = stackOf({ 'compose.yaml': text }, ['compose.yaml']);
    expect(finding(stack, 'c/read-only-rootfs').current).toBe('false (from &only, line 4)');
    expect(fixed(stack, 'c/read-only-rootfs')).toEqual({
      'compose.yaml': yaml(
        'services:',
        '  c:',
        '    image: nginx:1.27',
        '    tmpfs:',
        '      - /var/cache/nginx',
        '      - /run',
        '      - /tmp',
        '    <<: &only {user: root, read_only: true}',
      ),
    });
  });

  it('writes into the service when another merges the block written in place, naming it', () => {
    const text = yaml(
      'services:',
      '  c:',
      '    image: redis:7',
      '    <<: &only {restart: always}',
      '  d:',
      '    image: redis:7',
      '    <<: *only',
    );
    const stack = stackOf({ 'compose.yaml': text }, ['compose.yaml']);
    expect(finding(stack, 'c/restart-policy').shared?.services).toEqual(['d']);
    expect(finding(stack, 'd/restart-policy').shared?.services).toEqual(['c']);
    expect(fixed(stack, 'd/restart-policy')).toEqual({
      'compose.yaml': text.replace(
        '    <<: *only\n',
        '    restart: unless-stopped\n    <<: *only\n',
      ),
    });
    expect(fixed(stack, 'd/restart-policy', true)).toEqual({
      'compose.yaml': text.replace('{restart: always}', '{restart: unless-stopped}'),
    });
  });

  it('changes the override file where the override sets the value, and leaves the base', () => {
    const base = yaml('services:', '  db:', '    image: postgres:16');
    const override = yaml('services:', '  db:', '    privileged: true');
    const stack = stackOf({ 'base.yml': base, 'prod.yml': override }, ['base.yml', 'prod.yml']);
    expect(finding(stack, 'db/no-privileged')).toMatchObject({ file: 'prod.yml', line: 3 });
    expect(fixed(stack, 'db/no-privileged')).toEqual({
      'prod.yml': override.replace('true', 'false'),
    });
  });

  it('adds a setting set nowhere to the file that gives the image', () => {
    const base = yaml('services:', '  db:', '    environment: [A=1]');
    const override = yaml('services:', '  db:', '    image: postgres:16');
    const stack = stackOf({ 'base.yml': base, 'prod.yml': override }, ['base.yml', 'prod.yml']);
    expect(fixed(stack, 'db/restart-policy')).toEqual({
      'prod.yml': `${override}    restart: unless-stopped\n`,
    });
  });

  it('overrides a value inherited through extends in the extending service', () => {
    const common = yaml('services:', '  base:', '    image: nginx:1.27', '    restart: always');
    const main = yaml(
      'services:',
      '  web:',
      '    extends:',
      '      file: common.yml',
      '      service: base',
    );
    const stack = stackOf({ 'compose.yaml': main, 'common.yml': common }, ['compose.yaml']);
    expect(finding(stack, 'web/restart-policy').current).toBe(
      'always (extends base, common.yml:4)',
    );
    expect(fixed(stack, 'web/restart-policy')).toEqual({
      'compose.yaml': `${main}    restart: unless-stopped\n`,
    });
  });

  it('binds a port written with a variable without losing the variable', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx:1.27',
      '    ports:',
      '      - "${PORT:-8080}:80"',
    );
    const stack = stackOf({ 'compose.yaml': text }, ['compose.yaml'], { PORT: '9000' });
    expect(finding(stack, 'web/ports-loopback').current).toBe('9000:80 (from ${PORT})');
    expect(fixed(stack, 'web/ports-loopback')).toEqual({
      'compose.yaml': text.replace('"${PORT', '"127.0.0.1:${PORT'),
    });
  });

  it('offers no change that would overwrite a variable', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx:1.27',
      '    privileged: ${PRIV:-true}',
    );
    const stack = stackOf({ 'compose.yaml': text }, ['compose.yaml']);
    expect(finding(stack, 'web/no-privileged')).toMatchObject({ status: 'fail', edits: [] });
  });
});

describe('fixes that must not miss what merges in', () => {
  const common = yaml('services:', '  base:', '    image: acme/api:1', '    cap_add: [NET_ADMIN]');
  const extending = (...names: string[]) =>
    yaml(
      'services:',
      ...names.flatMap((name) => [
        `  ${name}:`,
        '    extends:',
        '      file: common.yml',
        '      service: base',
      ]),
    );

  it('never writes into a base it extends, and says where the capability comes from', () => {
    for (const names of [['api'], ['api', 'jobs']]) {
      const stack = stackOf({ 'compose.yaml': extending(...names), 'common.yml': common }, [
        'compose.yaml',
      ]);
      const api = finding(stack, 'api/cap-add-minimal');
      expect(api).toMatchObject({ edits: [], proposed: false });
      expect(api.reason).toBe(
        'not needed by this image: NET_ADMIN; it comes from the service it extends: change it there',
      );
    }
  });

  it('says when a fix reaches a service that extends this one', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx:1.27',
      '  worker:',
      '    extends: web',
      '    image: acme/worker:1',
    );
    const web = finding(
      stackOf({ 'compose.yaml': text }, ['compose.yaml']),
      'web/read-only-rootfs',
    );
    expect(web.proposed).toBe(false);
    expect(
      web.reason.endsWith('; worker merges or extends this service, so this change reaches it too'),
    ).toBe(true);
  });

  it('edits a service other services merge without a crash, and says they change too', () => {
    const text = yaml(
      'services:',
      '  web: &web',
      '    image: nginx:1.27',
      '  worker:',
      '    <<: *web',
      '    image: acme/worker:1',
      '    user: "1000"',
    );
    const stack = stackOf({ 'compose.yaml': text }, ['compose.yaml']);
    expect(finding(stack, 'web/no-new-privileges').reason).toContain('worker merges or extends');
    expect(fixed(stack, 'web/no-new-privileges')['compose.yaml']).toContain(
      '  web: &web\n    image: nginx:1.27\n    security_opt:\n      - no-new-privileges:true\n',
    );
  });

  it('holds a fix to a service another one is an alias of, and writes it when asked', () => {
    const text = yaml('services:', '  a: &a', '    image: redis:7', '    user: root', '  b: *a');
    const stack = stackOf({ 'compose.yaml': text }, ['compose.yaml']);
    const user = finding(stack, 'a/user-non-root');
    expect(user.proposed).toBe(false);
    expect(user.reason).toBe(
      'Redis (official image) runs as 999:999; b merges or extends this service, so this ' +
        'change reaches it too',
    );
    expect(fixed(stack, 'a/user-non-root')).toEqual({
      'compose.yaml': text.replace('user: root', 'user: "999:999"'),
    });
  });

  it('fixes a port merged from a service mapping in the merging service, naming its holder', () => {
    const text = yaml(
      'services:',
      '  web: &web',
      '    image: nginx:1.27',
      '    ports:',
      '      - "8080:80"',
      '  worker:',
      '    <<: *web',
      '    image: acme/worker:1',
    );
    const stack = stackOf({ 'compose.yaml': text }, ['compose.yaml']);
    expect(finding(stack, 'worker/ports-loopback').shared?.services).toEqual(['web']);
    expect(fixed(stack, 'worker/ports-loopback')).toEqual({
      'compose.yaml': `${text}    ports:\n      - 127.0.0.1:8080:80\n`,
    });
    // In the block instead, web changes too, and the last check expects it.
    expect(fixed(stack, 'worker/ports-loopback', true)['compose.yaml']).toContain(
      '  web: &web\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n',
    );
  });

  it('binds every copy of a port, whichever syntax each file writes it in', () => {
    const base = yaml(
      'services:',
      '  web:',
      '    image: nginx:1.27',
      '    ports:',
      '      - "0.0.0.0:8443:443"',
      '      - 9000',
      '      - 7000:7000/udp',
    );
    const prod = yaml(
      'services:',
      '  web:',
      '    ports:',
      '      - {target: 443, published: "8443"}',
      '      - {target: 9000}',
      '      - {target: 7000, published: 7000, protocol: udp}',
    );
    const stack = stackOf({ 'base.yml': base, 'prod.yml': prod }, ['base.yml', 'prod.yml']);
    expect(fixed(stack, 'web/ports-loopback')).toEqual({
      'base.yml': base
        .replace('0.0.0.0:8443', '127.0.0.1:8443')
        .replace('- 9000', '- 127.0.0.1::9000')
        .replace('- 7000', '- 127.0.0.1:7000'),
      'prod.yml': prod.replaceAll('}', ', host_ip: 127.0.0.1}'),
    });
  });

  it('writes into the override that resets a list, turning !reset into !override', () => {
    const base = yaml(
      'services:',
      '  api:',
      '    image: acme/api:1',
      '    security_opt: [seccomp:unconfined]',
    );
    const override = yaml('services:', '  api:', '    security_opt: !reset []');
    const stack = stackOf({ 'base.yml': base, 'prod.yml': override }, ['base.yml', 'prod.yml']);
    expect(finding(stack, 'api/no-unconfined-profiles').status).toBe('ok');
    expect(fixed(stack, 'api/no-new-privileges')).toEqual({
      'prod.yml': override.replace('!reset []', '!override [no-new-privileges:true]'),
    });
  });

  it('keeps !override on a list a fix empties, so the base list stays replaced', () => {
    const base = yaml('services:', '  api:', '    image: acme/api:1', '    cap_add: [SYS_ADMIN]');
    const override = yaml(
      'services:',
      '  api:',
      '    cap_add: !override [NET_ADMIN]',
      '    security_opt: !override',
      '      - seccomp:unconfined',
    );
    const stack = stackOf({ 'base.yml': base, 'prod.yml': override }, ['base.yml', 'prod.yml']);
    expect(fixed(stack, 'api/cap-add-minimal')).toEqual({
      'prod.yml': override.replace('!override [NET_ADMIN]', '!override []'),
    });
    expect(fixed(stack, 'api/no-unconfined-profiles')).toEqual({
      'prod.yml': yaml(
        'services:',
        '  api:',
        '    cap_add: !override [NET_ADMIN]',
        '    security_opt: !override []',
      ),
    });
  });

  it('adds a setting set nowhere beside the image in effect, which decides what it adds', () => {
    const base = yaml('services:', '  web:', '    image: alpine:3.20', '    build: .');
    const prod = yaml('services:', '  web:', '    image: nginx:1.27');
    const stack = stackOf({ 'base.yml': base, 'prod.yml': prod }, ['base.yml', 'prod.yml']);
    expect(Object.keys(fixed(stack, 'web/read-only-rootfs'))).toEqual(['prod.yml']);
  });

  it('judges secrets by what the file holds, not by the variables of the shell', () => {
    const text = yaml(
      'services:',
      '  api:',
      '    image: acme/api:1',
      '    environment:',
      '      - API_KEY=${API_KEY:?must be set}',
    );
    const stack = stackOf({ 'compose.yaml': text }, ['compose.yaml'], { API_KEY: 'from-shell' });
    expect(finding(stack, 'api/no-secrets-in-env').status).toBe('ok');
  });
});
