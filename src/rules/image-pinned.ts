import { parseImageRef } from '../presets/image-ref.js';
import type { Rule, RuleContext } from './types.js';
import { fromWhere } from './values.js';

/**
 * A tag without a single digit names a channel (`latest`, `stable`, `alpine`, `lts-slim`),
 * not a release: it moves with every publish.
 */
const FLOATING = /^\D+$/;

export const imagePinned: Rule = {
  id: 'image-pinned',
  title: 'Pin the image version',
  severity: 'medium',
  core: false,
  problem:
    'The image has no tag, or a tag without a version number, which follows a channel ' +
    '(`latest`, `stable`, `alpine`, `edge`). A release tag without a digest is reported at ' +
    'info severity.',
  rationale:
    'A moving tag means the next pull can bring a different program: a breaking upgrade, or a ' +
    'compromised release, with nothing in the file showing it changed. A digest ' +
    '(`name:tag@sha256:...`) names exactly one image.',
  fix:
    'None: the tool does not query registries. Pick the release you run (`docker image ls ' +
    '--digests` shows its digest) and write `name:tag@sha256:digest`; let a dependency bot ' +
    'update it.',
  limitations:
    'Images built from a local Dockerfile are not applicable. A tag from a variable is judged as ' +
    'the environment and `.env` of the check set it; a reference an unset variable leaves ' +
    'incomplete (`redis:`) is reported as unknown. Version tags such as `16` or `3.12-slim` ' +
    'also move across patch releases; they count as pinned, at info severity, until a digest ' +
    'is added.',
  whenNotToUse: 'Development stacks that deliberately track the newest build.',
  cis: [],
  owasp: ['RULE #9', 'RULE #13'],
  check(context: RuleContext) {
    const setting = context.setting('image');
    const written = context.image;
    const base = { source: setting.source, edits: [] };
    const recommended = 'name:tag@sha256:digest';
    const current = written === undefined ? 'not set' : written + fromWhere(setting.source);
    if (context.setting('build').value !== undefined || written === undefined) {
      const built = context.setting('build').value !== undefined;
      const reason = built ? 'built from a local Dockerfile' : 'no image named';
      return { ...base, status: 'not-applicable', current, recommended: 'n/a', reason };
    }
    if (written.includes('$')) {
      const reason = 'the reference comes from a variable; check the value it gets';
      return { ...base, status: 'unknown', current, recommended, reason };
    }
    const ref = parseImageRef(written);
    if (!ref) {
      return { ...base, status: 'unknown', current, recommended, reason: 'not a valid reference' };
    }
    if (ref.digest) {
      return { ...base, status: 'ok', current, recommended, reason: 'pinned to a digest' };
    }
    if (ref.tag === undefined || FLOATING.test(ref.tag)) {
      const tag = ref.tag ?? 'latest (no tag)';
      const reason = `${tag} changes with every release`;
      return { ...base, status: 'fail', current, recommended, reason };
    }
    const reason = `tag ${ref.tag} can be moved; a digest makes the pull repeatable`;
    return { ...base, status: 'fail', current, recommended, reason, severity: 'info' };
  },
};
