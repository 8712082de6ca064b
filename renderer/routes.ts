import { useSyncExternalStore } from 'react';

export const ROUTES = ['ledger', 'import', 'templates', 'plan', 'queue', 'inbox', 'reports', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

const isRoute = (v: string): v is Route => (ROUTES as readonly string[]).includes(v);

// Hash routing ("#/settings"): works from file:// in Electron and needs no router library.
export function currentRoute(): Route {
  const name = location.hash.replace(/^#\/?/, '').split(/[/?&]/)[0] ?? '';
  return isRoute(name) ? name : 'ledger';
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const useRoute = (): Route => useSyncExternalStore(subscribe, currentRoute);
export const hrefOf = (route: Route): string => `#/${route}`;
