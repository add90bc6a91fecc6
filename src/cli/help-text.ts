import { SEVERITIES } from '../rules/types.js';

// The help of each command, apart from the commands themselves: `--help` loads this module
// and commander alone, not the YAML parser, zod and the presets that running a command needs.

export const SEVERITY_HELP = `only findings at this severity or above: ${SEVERITIES.join(', ')}`;

export const CHECK_EXAMPLES = `
Examples:
  $ compose-harden check                          # compose.yaml in this folder
  $ compose-harden check -f deploy/compose.yaml --severity high
  $ compose-harden check --rule ports-loopback --rule no-privileged
  $ compose-harden check --format sarif > results.sarif

Exit codes: 0 nothing to report (or only info), 1 findings, 2 usage or input error.
Ignore a rule for one service with a comment on its key:
  # compose-harden: ignore ports-loopback -- behind the host firewall
`;

export const APPLY_EXAMPLES = `
Examples:
  $ compose-harden apply --dry-run                # print the diff, write nothing
  $ compose-harden apply --yes                    # write every change, keep compose.yaml.bak
  $ compose-harden apply --yes --rule cap-drop-all --service web

Findings ignored with a compose-harden comment or .compose-harden.yaml are left as they are.
Without --yes it asks first, and refuses when not on a terminal.
`;

export const VERIFY_EXAMPLES = `
Examples:
  $ compose-harden verify                     # the stack of compose.yaml in this folder
  $ compose-harden verify -f prod.yml -p shop # containers of project "shop"
  $ compose-harden verify --format json

Exit codes: 0 every running container passes, 1 a check fails or a container is stale
(created before the file changed: recreate it with docker compose up -d), 2 an error.
The engine is DOCKER_HOST, else the current Docker context, else the default socket.
`;

export const PRESETS_EXAMPLES = `
Examples:
  $ compose-harden presets
  $ compose-harden presets --presets ./my-presets   # yours first, then the built-in ones
  $ compose-harden presets --format json

USER is what apply sets; CAP_ADD what it adds back after cap_drop ALL for that user.
A .compose-harden.yaml in this folder with presets: DIR is read as well.
`;

export const EXPLAIN_EXAMPLES = `
Examples:
  $ compose-harden explain                  # every rule, one line each
  $ compose-harden explain ports-loopback
`;
