import { type CheckInput, comparable, result, stale, type VerifyCheck } from './check.js';

export const verifyNoPrivileged: VerifyCheck = {
  id: 'no-privileged',
  check(input: CheckInput) {
    const { asked, facts } = input;
    const configured = facts.inspect.HostConfig.Privileged === true;
    const seen = [`Privileged ${configured}`];

    if (asked.privileged !== configured && comparable(input, 'privileged')) {
      const wanted = asked.privileged
        ? 'the file sets privileged: true'
        : 'the file does not set privileged';
      return stale(this.id, input, ['inspect'], [wanted, ...seen]);
    }
    if (configured) {
      return result(this.id, 'fail', ['inspect'], ['the file sets privileged: true', ...seen]);
    }
    return result(this.id, 'pass', ['inspect'], seen);
  },
};
