import {
  type CheckInput,
  comparable,
  listOrNone,
  NOT_SET,
  result,
  stale,
  type VerifyCheck,
  withStatus,
} from './check.js';

const ENABLED = /^no-new-privileges(?:[:=]true)?$/i;

export const verifyNoNewPrivileges: VerifyCheck = {
  id: 'no-new-privileges',
  check(input: CheckInput) {
    const { asked, facts } = input;
    const options = facts.inspect.HostConfig.SecurityOpt ?? [];
    const asks = asked.securityOpt.some((option) => ENABLED.test(option));
    const configured = options.find((option) => ENABLED.test(option.trim()));
    const sources = withStatus(facts);
    const noNewPrivs = facts.status?.noNewPrivs;
    const seen = [
      configured ? `SecurityOpt has ${configured}` : listOrNone('SecurityOpt', options),
      ...(noNewPrivs === undefined ? [] : [`/proc/1/status: NoNewPrivs ${noNewPrivs ? 1 : 0}`]),
    ];

    if (asks !== (configured !== undefined) && comparable(input, 'security_opt')) {
      const wanted = asks
        ? 'the file asks no-new-privileges:true'
        : 'the file does not set no-new-privileges';
      return stale(this.id, input, sources, [wanted, ...seen]);
    }
    if (!asks) {
      // An engine-wide default does not show in SecurityOpt; the process status does.
      if (noNewPrivs === true) {
        return result(this.id, 'pass', sources, [
          `${NOT_SET}, but the engine sets it for every container`,
          ...seen,
        ]);
      }
      return result(this.id, 'fail', sources, [NOT_SET, ...seen]);
    }
    if (noNewPrivs === false) {
      return result(this.id, 'fail', sources, [
        'set in the file, but PID 1 runs without it',
        ...seen,
      ]);
    }
    return result(this.id, 'pass', sources, seen);
  },
};
