// `npm start`: the wizard on a copy of the bundled example stack, so the demo never edits the repo.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../dist/bundle/main.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const copy = mkdtempSync(path.join(tmpdir(), 'compose-harden-demo-'));
cpSync(path.join(root, 'examples', 'rag-stack'), copy, { recursive: true });
const file = path.join(copy, 'compose.yaml');
process.stdout.write(`Example stack copied to ${file}\n`);
process.exitCode = await main(['-f', file, ...process.argv.slice(2)]);
