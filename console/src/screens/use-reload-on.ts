import { useEffect, useRef } from 'react';

/** Asks again whenever `round` changes after the first render: another part of the screen changed what this shows. */
export function useReloadOn(round: number, reload: () => void) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [round, reload]);
}
