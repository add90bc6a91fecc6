import { cleanup } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { proposedKeys } from '../../src/plan/select.js';
import { frame, press } from './keys.js';
import { TWO_SERVICES } from './stacks.js';
import { FAIL, fakeVerify, heldVerify, PASS, STALE, UNREACHABLE } from './verify-reports.js';
import { renderWizard } from './wizard-harness.js';

afterEach(() => {
  act(() => cleanup());
});

/** The wizard on TWO_SERVICES, taken through to the written file with the proposed changes. */
async function written(verify?: () => ReturnType<ReturnType<typeof fakeVerify>['verify']>) {
  const w = renderWizard(TWO_SERVICES, verify ? { verify } : {});
  await press(w.app, 'enter', 'enter', 'enter', 'w');
  const changes = proposedKeys(w.plan).size;
  const result = { outcome: 'written', file: 'compose.yaml', backup: 'compose.yaml.bak', changes };
  return { w, result };
}

describe('the verify step after the write', () => {
  it('keeps the next steps on screen and offers v, then ends with q, unverified', async () => {
    const fake = fakeVerify(PASS);
    const { w, result } = await written(fake.verify);
    const offer = frame(w.app);
    expect(offer).toContain(`✔ Wrote ${result.changes} changes to compose.yaml`);
    expect(offer).toContain('docker compose -f compose.yaml up -d');
    expect(offer).toContain('compose-harden verify -f compose.yaml');
    expect(offer).toContain('press v to check them here');
    expect(offer).toMatch(/v verify now {2}q done/);

    await press(w.app, 'q');
    expect(await w.result()).toEqual(result);
    expect(fake.calls()).toBe(0);
    expect(frame(w.app)).not.toContain('verify now');
  });

  it('is not offered without a verify function: the wizard exits on writing', async () => {
    const { w, result } = await written();
    expect(await w.result()).toEqual(result);
    expect(frame(w.app)).not.toContain('verify now');
  });

  it('says it is checking, then shows every container passing', async () => {
    const held = heldVerify(PASS);
    const { w, result } = await written(held.verify);
    expect(await press(w.app, 'v')).toContain('Checking the running containers…');
    expect(frame(w.app)).toMatch(/q done\s*$/);

    held.release();
    const shown = await w.checked();
    expect(shown).toContain('Running containers project shop on unix:///var/run/docker.sock');
    expect(shown).toMatch(/service +container +outcome\n/);
    expect(shown).toMatch(/app +shop-app-1 +pass\n/);
    expect(shown).toMatch(/cache +shop-cache-1 +pass\n/);
    expect(shown).toContain('2 services: 2 pass');
    expect(shown).not.toContain('recreate with');
    expect(shown).toMatch(/r run again {2}q done/);

    await press(w.app, 'enter');
    expect(await w.result()).toEqual({ ...result, verified: 'pass' });
    const last = frame(w.app);
    expect(last).toContain('compose-harden verify -f compose.yaml');
    expect(last).toMatch(/cache +shop-cache-1 +pass\n/);
    expect(last).not.toContain('q done');
  });

  it('lists each stale rule with its evidence and says how to recreate the service', async () => {
    const { w, result } = await written(fakeVerify(STALE).verify);
    await press(w.app, 'v');
    const shown = await w.checked();
    expect(shown).toMatch(/app +shop-app-1 +stale\n/);
    expect(shown).toContain(
      '  user-non-root: the file asks user "1000:1000"; Config.User is empty (root)\n',
    );
    expect(shown).toContain(
      '  read-only-rootfs: the file asks read_only: true; ReadonlyRootfs false',
    );
    expect(shown).not.toContain('no-privileged');
    expect(shown).toContain('2 services: 1 pass, 1 stale');
    expect(shown).toContain('stale: recreate with docker compose -f compose.yaml up -d app');

    await press(w.app, 'q');
    expect(await w.result()).toEqual({ ...result, verified: 'fail' });
  });

  it('names the failing rule and replica, and a service with no container as not running', async () => {
    const { w, result } = await written(fakeVerify(FAIL).verify);
    await press(w.app, 'v');
    const shown = await w.checked();
    expect(shown).toContain(
      [
        'app      shop-app-1  fail',
        '  user-non-root: Config.User is "1000:1000"; top: "supervisord" runs as UID 0',
        '         shop-app-2  pass',
        'cache    –           not running',
      ].join('\n'),
    );
    expect(shown).toContain('2 services: 1 fail, 1 not running');

    await press(w.app, 'escape');
    expect(await w.result()).toEqual({ ...result, verified: 'fail' });
  });

  it('runs the check again with r: stale until recreated, then passing', async () => {
    const fake = fakeVerify(STALE, PASS);
    const { w, result } = await written(fake.verify);
    await press(w.app, 'v');
    expect(await w.checked()).toContain('1 stale');
    await press(w.app, 'r');
    const again = await w.checked();
    expect(again).toContain('2 services: 2 pass');
    expect(again).not.toContain('stale');
    expect(fake.calls()).toBe(2);

    await press(w.app, 'q');
    expect(await w.result()).toEqual({ ...result, verified: 'pass' });
  });

  it('shows an unreachable engine in one red line, and retries with r', async () => {
    const fake = fakeVerify(UNREACHABLE, PASS);
    const { w, result } = await written(fake.verify);
    await press(w.app, 'v');
    const failed = await w.checked();
    expect(failed).toContain(
      '✖ Could not check: cannot reach the Docker engine at unix:///var/run/docker.sock\n(is it running?)\n',
    );
    expect(failed).toMatch(/r retry {2}q done/);

    await press(w.app, 'r');
    expect(await w.checked()).toContain('2 services: 2 pass');
    await press(w.app, 'q');
    expect(await w.result()).toEqual({ ...result, verified: 'pass' });
    expect(fake.calls()).toBe(2);
  });

  it('ends with the error as the outcome when the user gives up after it', async () => {
    const { w, result } = await written(fakeVerify(UNREACHABLE).verify);
    await press(w.app, 'v');
    await w.checked();
    await press(w.app, 'q');
    expect(await w.result()).toEqual({ ...result, verified: 'error' });
    expect(frame(w.app)).toContain('✖ Could not check: cannot reach the Docker engine');
  });
});

describe('a long verification report', () => {
  it('scrolls when the terminal is short, and leaves it whole in the last frame', async () => {
    const w = renderWizard(TWO_SERVICES, { verify: fakeVerify(FAIL).verify, rows: 20 });
    await press(w.app, 'enter', 'enter', 'enter', 'w', 'v');
    const top = await w.checked();
    expect(top).toContain('lines 1-3 of 4');
    expect(top).toContain('app      shop-app-1  fail');
    expect(top).not.toContain('cache    –');
    expect(top).toMatch(/↑↓ scroll {2}PgUp\/Dn page {2}r run again {2}q done/);

    const down = await press(w.app, 'down');
    expect(down).toContain('lines 2-4 of 4');
    expect(down).toContain('cache    –           not running');

    await press(w.app, 'q');
    await w.result();
    const last = frame(w.app);
    expect(last).toContain('app      shop-app-1  fail');
    expect(last).toContain('cache    –           not running');
    expect(last).not.toContain('lines ');
  });
});
