import { applyEdits } from '../compose/apply.js';
import type { ComposeDocument } from '../compose/document.js';
import { editsFor } from './select.js';
import type { Plan } from './types.js';

/** The file's text once the chosen findings' edits are applied; see `applyEdits` for inPlace. */
export function renderChoice(
  compose: ComposeDocument,
  plan: Plan,
  chosen: ReadonlySet<string>,
  options: { inPlace?: boolean; shared?: ReadonlySet<string> } = {},
): string {
  return applyEdits(compose, editsFor(plan, chosen, options.shared), options);
}
