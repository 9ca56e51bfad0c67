// Pages repeat the same few texts thousands of times ("replies", "likes", "views" after every
// count): what a text means is worked out once. Bounded, as a page may stay open for hours.

/** `compute`, remembered per key; the memory is cleared when it reaches `max` keys. */
export function memoised<V>(compute: (key: string) => V, max = 500): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = compute(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
