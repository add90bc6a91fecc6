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
  // ssh2 carries a native add-on (cpu-features) and the BuildKit session's gRPC stack is big:
  // both stay on disk, loaded only when an ssh:// engine or a build session needs them. The
  // Dockerfile parser is required lazily; Ink's devtools only load with DEV=true.
  external: [
    'ssh2',
    'cpu-features',
    '@grpc/grpc-js',
    '@grpc/proto-loader',
    'protobufjs',
    'dockerfile-ast',
    'react-devtools-core',
  ],
  plugins: [loadOnFirstCall()],
  // Bundled CommonJS code (React, yaml) calls require for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});

/**
 * dockerode requires its BuildKit session (gRPC, protobufjs) and docker-modem its ssh agent
 * (ssh2) when they load, 60 ms of `verify`'s start on Node 20, though a local engine uses
 * neither. Both modules export one function: each import becomes a stand-in that requires the
 * real module on the stand-in's first call, which esbuild's wrapped CommonJS then loads.
 */
function loadOnFirstCall() {
  const lazy = [
    { importer: /[\\/]docker-modem[\\/]lib[\\/]modem\.js$/, request: './ssh' },
    { importer: /[\\/]dockerode[\\/]lib[\\/]docker\.js$/, request: './session' },
  ];
  return {
    name: 'load-on-first-call',
    setup(bundle) {
      bundle.onResolve({ filter: /^\.\/(ssh|session)$/ }, (args) => {
        const match = lazy.find((l) => l.request === args.path && l.importer.test(args.importer));
        if (!match) return undefined;
        return {
          path: path.join(path.dirname(args.importer), `${args.path}.js`),
          namespace: 'lazy',
        };
      });
      bundle.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
        contents: [
          'module.exports = function () {',
          `  return require(${JSON.stringify(args.path)}).apply(this, arguments);`,
          '};',
        ].join('\n'),
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
// The built-in presets are read from beside the module that reads them.
copyFileSync(path.join(root, 'dist', 'presets', 'builtin.json'), path.join(outdir, 'builtin.json'));
