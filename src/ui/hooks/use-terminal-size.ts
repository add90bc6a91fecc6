import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  columns: number;
  rows: number;
}

function measure(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

/** The terminal's size, followed on resize; a given size (tests, --width) wins. */
export function useTerminalSize(given: Partial<TerminalSize> = {}): TerminalSize {
  const { stdout } = useStdout();
  const [measured, setMeasured] = useState(() => measure(stdout));

  useEffect(() => {
    const onResize = () => setMeasured(measure(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);

  return {
    columns: given.columns ?? measured.columns,
    rows: given.rows ?? measured.rows,
  };
}
