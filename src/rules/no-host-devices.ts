import { asItems } from '../compose/services.js';
import type { Rule, RuleContext } from './types.js';
import { describeWhere, itemSource, notAList } from './values.js';

export const noHostDevices: Rule = {
  id: 'no-host-devices',
  title: 'Do not pass host devices',
  severity: 'medium',
  core: false,
  problem: 'A `devices:` list or `device_cgroup_rules:` on the service.',
  rationale:
    'A device node is a direct line to a kernel driver: a disk, a GPU, `/dev/kmsg`, a serial ' +
    'port. Drivers are a large attack surface, and raw disk access reads every file of the ' +
    'host whatever the mounts say. Cgroup device rules let the container open such nodes.',
  fix:
    'None: the service asked for the device, and only you know whether it needs it. Remove the ' +
    'ones it does not use, and prefer the narrowest node (`/dev/dri/renderD128` rather than ' +
    '`/dev/dri`) with `r` or `rw` rather than `rwm`.',
  limitations:
    'GPUs requested through `deploy.resources.reservations.devices` or `gpus:` are not ' +
    'reported, nor devices reached through a bind of `/dev` (no-sensitive-mounts covers that).',
  whenNotToUse:
    'Media servers with hardware transcoding, home automation with USB radios, and similar ' +
    'services whose purpose is the device.',
  cis: ['5.17'],
  owasp: [],
  check(context: RuleContext) {
    const devices = context.setting('devices');
    const rules = context.setting('device_cgroup_rules');
    const found = [...asItems(devices.value), ...asItems(rules.value)];
    const source = devices.source.kind === 'unset' ? rules.source : devices.source;
    const first = asItems(devices.value).length > 0 ? itemSource(devices, 0) : source;
    const recommended = 'no host devices';
    const misshapen = notAList(devices, recommended, 'any') ?? notAList(rules, recommended);
    if (misshapen) return misshapen;
    if (found.length === 0) {
      return {
        status: 'ok',
        current: 'none',
        recommended,
        reason: 'no host device is passed in',
        source,
        edits: [],
      };
    }
    return {
      status: 'fail',
      current: [devices, rules]
        .filter((setting) => asItems(setting.value).length > 0)
        .map(describeWhere)
        .join(', '),
      recommended,
      reason: 'each device opens a kernel driver to the container; keep only what it uses',
      source: first,
      edits: [],
    };
  },
};
