import type { Plan } from '../../plan/types.js';

/** The stack as headers name it: `compose.yaml`, `compose.yaml + prod.yml`, or `... +3 files`. */
export function stackLabel(plan: Pick<Plan, 'file' | 'files'>): string {
  const others = plan.files.filter((file) => file !== plan.file);
  if (others.length === 0) return plan.file;
  const both = `${plan.file} + ${others[0]}`;
  if (others.length === 1 && both.length <= 48) return both;
  return `${plan.file} +${others.length} ${others.length === 1 ? 'file' : 'files'}`;
}
