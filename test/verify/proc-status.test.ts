import { describe, expect, it } from 'vitest';
import {
  decodeCapabilities,
  parseProcesses,
  parseProcStatus,
} from '../../src/verify/proc-status.js';
import { DOCKER_DEFAULT_CAPS, procStatus } from './fixtures.js';

describe('decodeCapabilities', () => {
  it("decodes Docker's default bounding set to its 14 capabilities", () => {
    expect(decodeCapabilities(DOCKER_DEFAULT_CAPS)).toEqual([
      'AUDIT_WRITE',
      'CHOWN',
      'DAC_OVERRIDE',
      'FOWNER',
      'FSETID',
      'KILL',
      'MKNOD',
      'NET_BIND_SERVICE',
      'NET_RAW',
      'SETFCAP',
      'SETGID',
      'SETPCAP',
      'SETUID',
      'SYS_CHROOT',
    ]);
  });

  it('reads bits in the kernel order: CHOWN is bit 0, CHECKPOINT_RESTORE bit 40', () => {
    expect(decodeCapabilities('0000000000000001')).toEqual(['CHOWN']);
    expect(decodeCapabilities('0000000000000400')).toEqual(['NET_BIND_SERVICE']);
    expect(decodeCapabilities('0000000000200000')).toEqual(['SYS_ADMIN']);
    expect(decodeCapabilities('0000010000000000')).toEqual(['CHECKPOINT_RESTORE']);
  });

  it('decodes a full set to all 41 names and an empty one to none', () => {
    expect(decodeCapabilities('000001ffffffffff')).toHaveLength(41);
    expect(decodeCapabilities('0000000000000000')).toEqual([]);
  });

  it('names a bit newer than the known list by its number', () => {
    expect(decodeCapabilities('0000020000000000')).toEqual(['CAP_41']);
  });
});

describe('parseProcStatus', () => {
  it('reads the UIDs, NoNewPrivs and the capability masks of PID 1', () => {
    const text = procStatus({
      uid: '0',
      noNewPrivs: '0',
      capBnd: DOCKER_DEFAULT_CAPS,
      capEff: DOCKER_DEFAULT_CAPS,
    });
    expect(parseProcStatus(text)).toEqual({
      uids: [0, 0, 0, 0],
      noNewPrivs: false,
      capBnd: DOCKER_DEFAULT_CAPS,
      capEff: DOCKER_DEFAULT_CAPS,
    });
  });

  it('leaves NoNewPrivs unknown on kernels that do not print it', () => {
    const text = procStatus().replace(/NoNewPrivs:.*\n/, '');
    expect(parseProcStatus(text)?.noNewPrivs).toBeUndefined();
  });

  it('refuses output that is not a status file', () => {
    expect(
      parseProcStatus("cat: can't open '/proc/1/status': Permission denied\n"),
    ).toBeUndefined();
  });
});

describe('parseProcesses', () => {
  it('reads numeric UIDs and the command by column title', () => {
    const table = {
      Titles: ['PID', 'UID', 'COMMAND'],
      Processes: [
        ['4242', '0', 'nginx: master process'],
        ['4250', '101', 'nginx: worker process'],
      ],
    };
    expect(parseProcesses(table)).toEqual([
      { uid: 0, command: 'nginx: master process' },
      { uid: 101, command: 'nginx: worker process' },
    ]);
  });

  it("counts only the name root as UID 0 when the engine's ps printed names", () => {
    const table = {
      Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
      Processes: [
        ['root', '1', '0', '0', '10:00', '?', '00:00:00', 'sleep 3600'],
        ['cloudsdk', '2', '1', '0', '10:00', '?', '00:00:00', 'sleep 10'],
      ],
    };
    expect(parseProcesses(table)).toEqual([
      { uid: 0, command: 'sleep 3600' },
      { uid: undefined, command: 'sleep 10' },
    ]);
  });
});
