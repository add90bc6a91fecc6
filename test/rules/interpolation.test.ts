// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { withDefaults, writtenText } from '../../src/rules/interpolation.js';

describe('withDefaults', () => {
  it.each([
    ['plain', 'plain'],
    ['${A:-x}/y', 'x/y'],
    ['${A-x}', 'x'],
    ['${A:-${B:-deep}}', 'deep'],
    ['cost $$5', 'cost $5'],
  ])('reads %s as %s', (text, expected) => {
    expect(withDefaults(text)).toBe(expected);
  });

  it.each(['${A}', '$A/x', '${A:?required}', '${A:+set}', '${A'])('gives up on %s', (text) => {
    expect(withDefaults(text)).toBeUndefined();
  });
});

describe('writtenText', () => {
  it('keeps literal text and defaults, drops variables', () => {
    expect(writtenText('${PW}')).toBe('');
    expect(writtenText('${PW:-admin}')).toBe('admin');
    expect(writtenText('${PW:?set it}')).toBe('');
    expect(writtenText('pre-$X')).toBe('pre-');
  });
});

describe('writtenText with nesting', () => {
  it('reads a nested variable without a default as nothing written', () => {
    expect(writtenText('${A:-${B}}')).toBe('');
    expect(writtenText('${A:-${B:-x}}')).toBe('x');
  });
});
