import { createContext, useContext } from 'react';

/** Opens another screen of the session by its registry id, with optional parameters (e.g. `{ handoffId }`). */
export type Navigate = (screenId: string, params?: Readonly<Record<string, string>>) => void;

interface Navigation {
  navigate: Navigate;
  /** The ids of the screens this caller is offered: a link to any other would lead nowhere. */
  offered: readonly string[];
}

/** Provided by the session (app.tsx); outside one, navigating does nothing and nothing is offered. */
export const NavigationContext = createContext<Navigation>({ navigate: () => undefined, offered: [] });

export const useNavigate = (): Navigate => useContext(NavigationContext).navigate;

/** Whether the caller is offered this screen, so a link to it may be shown. */
export const useIsOffered = (screenId: string): boolean => useContext(NavigationContext).offered.includes(screenId);
