import type { Edit } from '../compose/apply.js';
import { containsSocket, isSocketPath } from './host-paths.js';
import { type Mount, mountsOf, readOnlyText, volumeEdit } from './mounts.js';
import type { Rule, RuleContext } from './types.js';
import { notAList } from './values.js';

function exposes(mount: Mount): 'socket' | 'folder' | undefined {
  if (!mount.bind) return undefined;
  // A source from a variable without default: the target still gives the socket away.
  const target = mount.host === undefined && isSocketPath(mount.target);
  if (isSocketPath(mount.host) || target) return 'socket';
  return containsSocket(mount.host) ? 'folder' : undefined;
}

const STILL_ROOT = 'still root-equivalent; prefer a socket proxy';

export const noDockerSocket: Rule = {
  id: 'no-docker-socket',
  title: 'Do not mount the Docker socket',
  severity: 'critical',
  core: false,
  problem:
    'A bind of the Docker API socket (`/var/run/docker.sock`, `/run/docker.sock`, any spelling ' +
    'with doubled slashes or `./`, the rootless and Podman sockets, the Windows pipe), in short ' +
    'or long volume syntax, or of a folder that holds it such as `/`, `/var/run` or `/run`.',
  rationale:
    'Whoever can talk to the engine can start a privileged container that mounts the host: the ' +
    'socket is root on the host. Mounting it read-only changes nothing, because API calls are ' +
    'writes to the socket, not to the file.',
  fix:
    'None that makes it safe. For a writable socket the wizard offers `:ro` (or `read_only: ' +
    'true`), unselected: it only stops the container from replacing the socket file, not from ' +
    'calling the API. Remove the bind, or put a filtering socket proxy in front that allows ' +
    'only the API calls the tool needs.',
  limitations:
    'A source a variable leaves empty or unknown is judged by its target only. The rule ' +
    'does not know whether the container user can open the socket (its group must match the ' +
    "host's docker group); it flags the bind either way.",
  whenNotToUse:
    'Tools whose whole job is to drive the engine (Portainer, Watchtower, Traefik with the Docker ' +
    'provider, CI runners) need the API; run them behind a socket proxy and suppress the rule ' +
    'for that service.',
  cis: ['5.31'],
  owasp: ['RULE #1'],
  check(context: RuleContext) {
    const { mounts, source, editable, sourceOf, listed } = mountsOf(context);
    const found = mounts.flatMap((mount) => {
      const kind = exposes(mount);
      return kind ? [{ mount, kind }] : [];
    });
    const recommended = 'no socket; a filtering socket proxy if the API is needed';
    const misshapen = notAList(context.setting('volumes'), recommended, 'any');
    if (misshapen) return misshapen;
    if (found.length === 0) {
      return {
        status: 'ok',
        current: 'no socket mounted',
        recommended,
        reason: 'the engine API is not reachable from the container',
        source,
        edits: [],
      };
    }
    const current = listed(
      found.map(({ mount }) => mount),
      (mount) => `${mount.text}${mount.readOnly ? ' (read-only)' : ''}`,
    );
    const folders = found.filter(({ kind }) => kind === 'folder');
    const writable = editable
      ? found.filter(({ kind, mount }) => kind === 'socket' && !mount.readOnly)
      : [];
    const edits: Edit[] = writable.map(({ mount }) =>
      volumeEdit(context, mount, { readOnly: true }),
    );
    const reason =
      folders.length === found.length
        ? `the socket is reachable inside ${folders.map(({ mount }) => mount.target).join(', ')}`
        : 'the socket is root on the host, read-only or not';
    return {
      status: 'fail',
      current,
      // The edit only makes the bind read-only, which leaves the finding failing: say so.
      recommended: edits.length
        ? `${readOnlyText(writable.map(({ mount }) => mount))} (${STILL_ROOT})`
        : recommended,
      reason,
      source: found[0] ? sourceOf(found[0].mount) : source,
      edits,
      review: true,
      ...(folders.length === found.length ? { severity: 'high' as const } : {}),
    };
  },
};
