import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False while React hydrates the server's HTML (it reads the server snapshot), true once the
 * client renders: in an element the client created itself, and after hydration.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
