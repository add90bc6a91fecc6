// Part of `npm run build`: bundles the compiled CLI into dist/bundle with esbuild. Node 20 spends
// more time resolving and loading Ink's, React's and yaml's hundreds of modules than drawing the
// wizard's first frame; a few files load in a fraction of that. Every command stays its own
// chunk, loaded on demand, so `check` still reads no Ink or React (meta.json says which
// sources went into each chunk, for the test that proves it).
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'dist', 'bundle');
// Chunk names carry a hash of their content: clear out the last build's.
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  entryPoints: [path.join(root, 'dist', 'cli', 'main.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  metafile: true,
  logLevel: 'warning',
  // The Docker client pulls native add-ons (ssh2, cpu-features) that must stay on disk; the
  // Dockerfile parser is required lazily; Ink's devtools only load with DEV=true.
  external: ['dockerode', 'dockerfile-ast', 'react-devtools-core'],
  // Bundled CommonJS code (React, yaml) calls require for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});

writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
// The built-in presets are read from beside the module that reads them.
copyFileSync(path.join(root, 'dist', 'presets', 'builtin.json'), path.join(outdir, 'builtin.json'));
