import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * One folder for every temp stack of this run, removed when the run ends, pass or fail: test
 * workers are stopped without an exit event, so they cannot clean up after themselves.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'compose-harden-tests-'));
  process.env.COMPOSE_HARDEN_TEST_TMP = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
