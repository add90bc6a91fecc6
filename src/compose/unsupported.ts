import { isMap, isScalar } from 'yaml';
import { type ComposeDocument, lineOfNode, type YamlProblem } from './document.js';
import { listServices, readSetting } from './services.js';

/**
 * What the file asks that compose-harden does not follow yet (TODO(#7)): a service's
 * `extends` and a top-level `include` bring in settings from elsewhere that the findings do
 * not see. Said once per place, so nobody mistakes a partial view for the whole stack.
 */
export function unsupportedFeatures(compose: ComposeDocument): YamlProblem[] {
  const found: YamlProblem[] = [];
  const root = compose.doc.contents;
  const include = isMap(root) ? root.get('include', true) : undefined;
  if (include) {
    found.push({
      code: 'INCLUDE',
      line: lineOfNode(compose.lineCounter, include as never) ?? 1,
      message: 'include: is not followed yet; the included files are not checked',
    });
  }
  for (const service of listServices(compose)) {
    const image = readSetting(compose, service, 'image').value;
    const build = readSetting(compose, service, 'build').value;
    const extendsAny = service.map?.has('extends');
    if ((image === undefined || image === null || image === '') && !build && !extendsAny) {
      found.push({
        code: 'NO_IMAGE',
        line: service.line,
        message:
          `service ${service.name} has neither an image nor a build; ` +
          'Docker Compose refuses it',
      });
    }
    const extended = service.map?.items.find(
      (pair) => isScalar(pair.key) && pair.key.value === 'extends',
    );
    if (!extended) continue;
    found.push({
      code: 'EXTENDS',
      line: lineOfNode(compose.lineCounter, extended.key as never) ?? service.line,
      message:
        `service ${service.name} uses extends:, which is not followed yet; ` +
        'what it inherits is not seen',
    });
  }
  return found;
}
