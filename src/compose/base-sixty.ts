import { isScalar, isSeq, Scalar } from 'yaml';
import type { ComposeDocument, YamlProblem } from './document.js';
import { lineOfNode } from './document.js';
import { listServices } from './services.js';

/**
 * A YAML 1.1 integer in base 60: digits, then groups of `:0` to `:59`. Compose v1 (PyYAML)
 * and other YAML 1.1 readers take an unquoted `22:22` for the number 1342; YAML 1.2 readers,
 * Compose v2 among them, for a string.
 */
const BASE_SIXTY = /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$/;

/** Unquoted ports that a YAML 1.1 reader would read as a number, one warning each. */
export function baseSixtyPorts(compose: ComposeDocument): YamlProblem[] {
  return listServices(compose).flatMap((service) => {
    const ports = service.map?.get('ports', true);
    if (!isSeq(ports)) return [];
    return ports.items.flatMap((item) => {
      if (!isScalar(item) || item.type !== Scalar.PLAIN || typeof item.value !== 'string')
        return [];
      const text = (item as Scalar.Parsed).source;
      if (!BASE_SIXTY.test(text)) return [];
      return [
        {
          code: 'BASE_60',
          line: lineOfNode(compose.lineCounter, item) ?? service.line,
          message:
            `port ${text} of ${service.name} is not quoted: Compose v1 and other YAML 1.1 ` +
            `readers take it for the number ${sexagesimal(text)}; write "${text}"`,
        },
      ];
    });
  });
}

function sexagesimal(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  const parts = text.replace(/^[-+]/, '').replaceAll('_', '').split(':');
  return sign * parts.reduce((total, part) => total * 60 + Number(part), 0);
}
