import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'logging-enabled';

describe(RULE, () => {
  it('removes a logging block with the none driver, keeping its comments', () => {
    const text = yaml(
      'services:',
      '  a:',
      '    image: a:1',
      '    logging:',
      '      driver: none # too noisy',
      '    restart: unless-stopped',
    );
    expect(findingOf(text, 'a', RULE)).toMatchObject({ status: 'fail', proposed: true });
    expect(fixedBy(text, RULE)).toBe(
      yaml('services:', '  a:', '    image: a:1', '    # too noisy', '    restart: unless-stopped'),
    );
  });

  it('removes a flow-style logging block', () => {
    const text = yaml('services:', '  a:', '    image: a:1', '    logging: {driver: "none"}');
    expect(fixedBy(text, RULE)).toBe(yaml('services:', '  a:', '    image: a:1'));
  });

  it('reports a none driver from an anchor without editing the anchor', () => {
    const text = yaml(
      'x-quiet: &quiet',
      '  logging: {driver: none}',
      'services:',
      '  a:',
      '    <<: *quiet',
      '    image: a:1',
    );
    expect(findingOf(text, 'a', RULE)).toMatchObject({ status: 'fail', edits: [] });
  });

  it('accepts the default driver and any other', () => {
    expect(findingOf(yaml('services:', '  a:', '    image: a:1'), 'a', RULE).status).toBe('ok');
    const local = yaml('services:', '  a:', '    image: a:1', '    logging: {driver: local}');
    expect(findingOf(local, 'a', RULE).status).toBe('ok');
  });
});
