import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'cap-drop-all';

describe(RULE, () => {
  it.each(['[ALL]', '[all]', '[CAP_ALL]'])('accepts cap_drop: %s', (value) => {
    const text = yaml('services:', '  app:', '    image: redis', `    cap_drop: ${value}`);
    expect(findingOf(text, 'app', RULE).status).toBe('ok');
  });

  it('replaces a partial drop list with ALL', () => {
    const text = yaml('services:', '  app:', '    image: redis', '    cap_drop: [NET_RAW, MKNOD]');
    expect(fixedBy(text, RULE)).toBe(
      yaml('services:', '  app:', '    image: redis', '    cap_drop: [ALL]'),
    );
  });

  it('adds back what a root entrypoint needs, so postgres still starts', () => {
    const text = yaml('services:', '  db:', '    image: postgres:16');
    expect(findingOf(text, 'db', RULE).reason).toBe(
      'start from no capabilities; the image gets back CHOWN, SETUID, SETGID, FOWNER, DAC_READ_SEARCH',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  db:',
        '    image: postgres:16',
        '    cap_drop:',
        '      - ALL',
        '    cap_add:',
        '      - CHOWN',
        '      - SETUID',
        '      - SETGID',
        '      - FOWNER',
        '      - DAC_READ_SEARCH',
      ),
    );
  });
});
