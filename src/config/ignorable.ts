import { RULE_IDS } from '../rules/types.js';

/** What an ignore may name: a rule id, or `all` for every rule of the service. */
export const IGNORABLE: readonly string[] = [...RULE_IDS, 'all'];
