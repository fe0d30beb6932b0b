/**
 * A module loaded after the first render (a dynamic `import()`), for what the popup shows below the card: its
 * code then never delays the card. `null` until it has loaded (and if it could not be loaded: the panels are
 * extras, the card is complete without them).
 */
import { useEffect, useState } from 'preact/hooks';

export function useLazyModule<M>(load: () => Promise<M>): M | null {
  const [module, setModule] = useState<M | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (m) => live && setModule(() => m),
      (err: unknown) => console.warn('Event Lens: a part of the popup could not be loaded', err),
    );
    return () => {
      live = false;
    };
  }, []);
  return module;
}
