import { describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { normalizeProjectName, projectName, topLevelName } from '../../src/compose/project-name.js';

const composeFile = '/home/ann/My Shop.v2/compose.yaml';

describe('projectName', () => {
  it('takes -p first, then COMPOSE_PROJECT_NAME, then name:, then the folder', () => {
    const all = { option: 'cli', environment: 'env', topLevel: 'file', composeFile };
    expect(projectName(all)).toBe('cli');
    expect(projectName({ ...all, option: undefined })).toBe('env');
    expect(projectName({ ...all, option: undefined, environment: '' })).toBe('file');
    expect(projectName({ composeFile })).toBe('myshopv2');
  });

  it('normalises like Compose: lower case, [a-z0-9_-] only, starting with a letter or digit', () => {
    expect(normalizeProjectName('__My-App_1 (copy)')).toBe('my-app_1copy');
    expect(normalizeProjectName('-.-shop')).toBe('shop');
  });

  it('refuses a name that normalises to nothing', () => {
    expect(() => projectName({ composeFile: '/srv/___/compose.yaml' })).toThrow(
      'the project name from the folder name "___" is empty once normalised',
    );
  });

  it('refuses a name: that needs interpolation rather than guessing it', () => {
    expect(() => projectName({ topLevel: '${STACK}', composeFile })).toThrow(
      'comes from a variable',
    );
  });

  it('reads the top-level name: of a file', () => {
    const compose = parseCompose(
      'name: Shop\nservices:\n  web:\n    image: nginx\n',
      'compose.yaml',
    );
    expect(topLevelName(compose)).toBe('Shop');
  });
});
