import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { subscribe } from '../lib/events';

/** In-app routes only (`/people/<id>`, `/today`): nothing that could leave the app or carry a scheme. */
const IN_APP_PATH = /^\/(?:[\w-]+(?:\/[\w-]+)*)?$/;

/** Opens the screen the Electron shell asks for (a clicked desktop notification). */
export function useNavigateEvents(): void {
  const [, navigate] = useLocation();
  useEffect(
    () =>
      subscribe('navigate', (payload) => {
        const path: unknown = payload?.path;
        if (typeof path === 'string' && IN_APP_PATH.test(path)) navigate(path);
      }),
    [navigate],
  );
}
