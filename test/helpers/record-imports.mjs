// Loaded with `node --import`: registers resolve hooks that append every module URL the
// process resolves to the file named by RECORD_IMPORTS, one a line.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url, {
  data: { log: process.env.RECORD_IMPORTS },
});
