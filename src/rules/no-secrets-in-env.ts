import { environmentEntries, holdsSecret } from './secret-env.js';
import type { Rule, RuleContext } from './types.js';
import { fromWhere } from './values.js';

export const noSecretsInEnv: Rule = {
  id: 'no-secrets-in-env',
  title: 'Keep credentials out of the compose file',
  severity: 'high',
  core: false,
  problem:
    'An `environment:` entry whose name looks like a credential (PASSWORD, SECRET, TOKEN, ' +
    'API_KEY, PRIVATE_KEY, ...) with a value written in the file, including the default of ' +
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Compose interpolation, not a JS template
    '`${VAR:-default}`; or any connection string with a password (`postgres://u:pw@db`).',
  rationale:
    'A compose file is committed, shared and pasted into issues, and environment variables ' +
    'show in `docker inspect`, in crash reports and in every child process. A credential ' +
    'written there is a credential leaked.',
  fix:
    'None automatic. Move the value to a `secrets:` entry read from a file (many images accept ' +
    '`VAR_FILE=/run/secrets/name`), or to an `env_file` kept out of version control, and ' +
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Compose interpolation, not a JS template
    'reference it as `${VAR}` without a default. The values are never printed: findings show ' +
    '`KEY=<redacted>`.',
  limitations:
    'Detection is by name and shape, so a secret under an innocent name is missed and a ' +
    'setting named like one (`TOKEN_AUDIENCE: api`) may be flagged. `env_file` contents and ' +
    'build arguments are not read.',
  whenNotToUse:
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Compose interpolation, not a JS template
    'Throwaway local stacks whose passwords are documented defaults; still prefer `${VAR}` so ' +
    'the same file is safe to deploy.',
  cis: ['4.10'],
  owasp: ['RULE #12'],
  check(context: RuleContext) {
    const setting = context.setting('environment');
    // What the file holds, not what the shell of whoever runs the check substitutes.
    const keys = environmentEntries(setting.written ?? setting.value)
      .filter(([key, value]) => holdsSecret(key, value))
      .map(([key]) => key);
    const recommended = 'secrets: or an env_file outside version control';
    if (keys.length === 0) {
      return {
        status: 'ok',
        current: 'no credential written in the file',
        recommended,
        reason: 'credentials, if any, come from elsewhere',
        source: setting.source,
        edits: [],
      };
    }
    return {
      status: 'fail',
      current: keys.map((key) => `${key}=<redacted>`).join(', ') + fromWhere(setting.source),
      recommended,
      reason: `${keys.join(', ')} ${keys.length > 1 ? 'are' : 'is'} written in the file`,
      source: setting.source,
      edits: [],
    };
  },
};
