// Baseline: what the yaml package alone takes to read the file and print it back.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: yaml-round-trip.js FILE');
const doc = parseDocument(readFileSync(file, 'utf8'), { merge: true });
process.stdout.write(doc.toString());
