/**
 * The one subscription to a stored item for the extension's pages (popup, settings, library): the value as
 * stored (its fallback until it is read), kept current when another page or the background changes it, a
 * setter that shows the new value at once and stores it, and whether the stored value has been read yet (so a
 * page can wait rather than show the fallback first and then change under the reader's eyes).
 */
import { useEffect, useState } from 'preact/hooks';
import type { StoredItem } from '../storage/validated-item';

export function useStoredItem<T>(item: StoredItem<T>): [T, (next: T) => Promise<void>, boolean] {
  const [value, setValue] = useState<T>(item.fallback);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void item.load().then((v) => {
      if (!live) return;
      setValue(v);
      setLoaded(true);
    });
    const stop = item.subscribe(setValue);
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  const save = (next: T) => {
    setValue(next);
    return item.setValue(next);
  };
  return [value, save, loaded];
}
