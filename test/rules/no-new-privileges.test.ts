import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'no-new-privileges';

describe(RULE, () => {
  it.each(['no-new-privileges:true', 'no-new-privileges=true', 'no-new-privileges'])(
    'accepts the spelling %s',
    (option) => {
      const text = yaml('services:', '  app:', '    image: redis', `    security_opt: [${option}]`);
      expect(findingOf(text, 'app', RULE).status).toBe('ok');
    },
  );

  it('adds the option when security_opt is missing', () => {
    const text = yaml('services:', '  app:', '    image: redis');
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  app:',
        '    image: redis',
        '    security_opt:',
        '      - no-new-privileges:true',
      ),
    );
  });

  it('appends to an existing list and keeps the other options', () => {
    const text = yaml(
      'services:',
      '  app:',
      '    image: redis',
      '    security_opt:',
      '      - label:type:svirt',
      '    ports: []',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  app:',
        '    image: redis',
        '    security_opt:',
        '      - label:type:svirt',
        '      - no-new-privileges:true',
        '    ports: []',
      ),
    );
  });

  it('replaces an explicit no-new-privileges:false', () => {
    const text = yaml(
      'services:',
      '  app:',
      '    image: redis',
      '    security_opt: ["no-new-privileges:false"]',
    );
    expect(findingOf(text, 'app', RULE).status).toBe('fail');
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  app:',
        '    image: redis',
        '    security_opt: ["no-new-privileges:true"]',
      ),
    );
  });
});
