import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared real-world compose files, read in place: they are never copied into the repo. */
export const REAL_FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../shared/fixtures/real',
);

export function realFixtures(): { name: string; file: string; text: string }[] {
  if (!existsSync(REAL_FIXTURES)) {
    process.stderr.write(`real-stack tests skipped: ${REAL_FIXTURES} is absent\n`);
    return [];
  }
  return readdirSync(REAL_FIXTURES)
    .filter((dir) => statSync(path.join(REAL_FIXTURES, dir)).isDirectory())
    .flatMap((dir) =>
      readdirSync(path.join(REAL_FIXTURES, dir)).map((name) => {
        const file = path.join(REAL_FIXTURES, dir, name);
        return { name: `${dir}/${name}`, file, text: readFileSync(file, 'utf8') };
      }),
    );
}
