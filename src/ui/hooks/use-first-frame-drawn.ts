import { useEffect, useState } from 'react';

/**
 * False for the first frame, true from the next tick on: work that can wait (the score) is
 * left out of the frame the user waits for.
 */
export function useFirstFrameDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const timer = setImmediate(() => setDrawn(true));
    return () => clearImmediate(timer);
  }, []);
  return drawn;
}
