import { parseCompose } from '../../src/compose/document.js';
import { planFile } from '../../src/plan/plan.js';
import type { Plan, ServicePlan } from '../../src/plan/types.js';
import { loadPresets } from '../../src/presets/load.js';

const presets = loadPresets();

/** The real plan of a compose text, with the bundled presets. */
export function planFor(text: string, file = 'compose.yaml'): Plan {
  return planFile(parseCompose(text, file), presets);
}

/** A service of a plan, which the test knows is there. */
export function serviceOf(plan: Plan, index = 0): ServicePlan {
  const service = plan.services[index];
  if (!service) throw new Error(`the plan has no service ${index}`);
  return service;
}
