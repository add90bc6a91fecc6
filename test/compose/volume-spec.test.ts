// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { changeShortVolume, parseShortVolume, splitColons } from '../../src/compose/volume-spec.js';

describe('parseShortVolume', () => {
  it.each([
    ['/data', { source: undefined, target: '/data', options: [] }],
    ['/data:ro', { source: undefined, target: '/data', options: ['ro'] }],
    [
      'db:/var/lib/postgresql/data',
      { source: 'db', target: '/var/lib/postgresql/data', options: [] },
    ],
    ['./conf:/etc/app:ro,z', { source: './conf', target: '/etc/app', options: ['ro', 'z'] }],
    ['C:\\data:/data', { source: 'C:\\data', target: '/data', options: [] }],
    ['${DATA:-./a:b}:/data', { source: '${DATA:-./a:b}', target: '/data', options: [] }],
  ])('reads %s', (spec, expected) => {
    expect(parseShortVolume(spec)).toEqual(expected);
  });

  it('refuses more than three parts', () => {
    expect(parseShortVolume('/a:/b:ro:extra')).toBeUndefined();
  });

  it('keeps colons inside variables together', () => {
    expect(splitColons('${A:-x:y}:/t')).toEqual(['${A:-x:y}', '/t']);
  });
});

describe('changeShortVolume', () => {
  it.each([
    ['/a:/b', { readOnly: true }, '/a:/b:ro'],
    ['/a:/b:rw', { readOnly: true }, '/a:/b:ro'],
    ['/a:/b:ro', { readOnly: true }, '/a:/b:ro'],
    ['/a:/b:z', { readOnly: true }, '/a:/b:z,ro'],
    ['/a:/b:shared', { propagation: 'rprivate' }, '/a:/b:rprivate'],
    ['/a:/b:ro,rshared', { propagation: 'rprivate' }, '/a:/b:ro,rprivate'],
  ] as const)('turns %s with %o into %s', (spec, change, expected) => {
    expect(changeShortVolume(spec, change)).toBe(expected);
  });
});
