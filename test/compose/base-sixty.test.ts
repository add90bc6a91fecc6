import { describe, expect, it } from 'vitest';
import { baseSixtyPorts } from '../../src/compose/base-sixty.js';
import { parseCompose } from '../../src/compose/document.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const warningsOf = (text: string) => baseSixtyPorts(parseCompose(text, 'compose.yaml'));

describe('ports a YAML 1.1 reader takes for base-60 numbers', () => {
  it('warns about each unquoted one with its line and the number Compose v1 reads', () => {
    const text = yaml(
      'services:',
      '  ssh:',
      '    image: alpine:3.20',
      '    ports:',
      '      - 22:22',
      '      - 2222:22',
      '    expose: [22]',
      '  web:',
      '    image: nginx:1.27',
      '    ports: [ "8080:80", 2222:22 ]',
    );
    expect(warningsOf(text)).toEqual([
      {
        code: 'BASE_60',
        line: 5,
        message:
          'port 22:22 of ssh is not quoted: Compose v1 and other YAML 1.1 readers take it for ' +
          'the number 1342; write "22:22"',
      },
      {
        code: 'BASE_60',
        line: 6,
        message:
          'port 2222:22 of ssh is not quoted: Compose v1 and other YAML 1.1 readers take it ' +
          'for the number 133342; write "2222:22"',
      },
      {
        code: 'BASE_60',
        line: 10,
        message:
          'port 2222:22 of web is not quoted: Compose v1 and other YAML 1.1 readers take it ' +
          'for the number 133342; write "2222:22"',
      },
    ]);
  });

  it('says nothing of quoted ports, a part over 59, an address or a long entry', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx:1.27',
      '    ports:',
      '      - "22:22"',
      "      - '53:53/udp'",
      '      - 8080:80',
      '      - 127.0.0.1:22:22',
      '      - 9000',
      '      - target: 22',
      '        published: 22',
    );
    expect(warningsOf(text)).toEqual([]);
  });
});
