/**
 * The last few hundred answers of a function of one text: within one extraction the same lines are read by
 * several readers (dates, times, evidence), and each answer is cheap to keep. Forgotten all at once when full.
 */
export function remember<T>(compute: (text: string) => T, size = 500): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    if (known.size >= size) known.clear();
    const value = compute(text);
    known.set(text, value);
    return value;
  };
}
