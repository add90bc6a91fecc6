import { describe, expect, it } from 'vitest';
import type { ContainerFacts, ServiceExpectation } from '../../../src/verify/types.js';
import { asked, facts, inspect, ruleResult } from '../fixtures.js';

const check = (expectation: ServiceExpectation, container: ContainerFacts) =>
  ruleResult('ports-loopback', expectation, container);
const published = (written: string, hostIp: string) => ({
  written,
  hostIp,
  hostPort: '8080',
  containerPort: '80/tcp',
});
const bound = (HostIp: string) =>
  facts({ inspect: inspect({ PortBindings: { '80/tcp': [{ HostIp, HostPort: '8080' }] } }) });

describe('verify ports-loopback', () => {
  it('passes a port bound to 127.0.0.1', () => {
    expect(check(asked(), facts()).evidence).toEqual(['127.0.0.1:8080->80/tcp']);
  });

  it('passes [::1], which the engine records without brackets', () => {
    const result = check(asked({ ports: [published('[::1]:8080:80', '::1')] }), bound('::1'));
    expect(result).toMatchObject({ outcome: 'pass', evidence: ['[::1]:8080->80/tcp'] });
  });

  it.each([
    ['', '*:8080->80/tcp on all interfaces (empty HostIp)'],
    ['0.0.0.0', '0.0.0.0:8080->80/tcp on all interfaces'],
    ['::', '[::]:8080->80/tcp on all interfaces'],
  ])('fails HostIp "%s" as every interface', (hostIp, line) => {
    const written = hostIp ? `${hostIp}:8080:80` : '8080:80';
    const result = check(
      asked({ ports: [published(written, hostIp === '0.0.0.0' ? '' : hostIp)] }),
      bound(hostIp),
    );
    expect(result).toMatchObject({
      outcome: 'fail',
      evidence: [`the file publishes "${written}" beyond loopback`, line],
    });
  });

  it('is stale when the container still publishes on every interface', () => {
    expect(check(asked(), bound(''))).toMatchObject({
      outcome: 'stale',
      evidence: [
        'the file publishes "127.0.0.1:8080:80"',
        '*:8080->80/tcp on all interfaces (empty HostIp)',
      ],
    });
  });

  it('passes a service that publishes nothing', () => {
    const container = facts({ inspect: inspect({ PortBindings: {} }) });
    expect(check(asked({ ports: [] }), container).evidence).toEqual(['no published ports']);
  });

  it('judges from the container alone when the file uses a variable', () => {
    const result = check(asked({ ports: undefined, interpolated: ['ports'] }), bound(''));
    expect(result.outcome).toBe('fail');
    expect(result.evidence[0]).toBe('published beyond loopback');
  });
});
