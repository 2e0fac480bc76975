import { useEffect, useMemo, useState } from 'react';
import { parseScreenHref, screenHref } from './screen-links';

/** The screen link in the page's fragment now (screen-links.ts), following every change of it. */
export function useScreenLink() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return useMemo(() => parseScreenHref(hash), [hash]);
}

/** Names the screen chosen from the navigation in the fragment, so a later link to a record there changes it again. */
export function markScreenChosen(screenId: string) {
  window.history.replaceState(null, '', screenHref(screenId));
}
