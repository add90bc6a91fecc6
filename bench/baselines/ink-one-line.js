// Baseline: a bare Ink app that renders one line and quits on q, as the wizard does.
import { render, Text, useApp, useInput } from 'ink';
import { createElement } from 'react';

function OneLine() {
  const { exit } = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
  return createElement(Text, null, 'compose-harden bench: one line');
}

await render(createElement(OneLine)).waitUntilExit();
