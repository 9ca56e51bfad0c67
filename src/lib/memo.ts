// Pages repeat the same few texts thousands of times ("replies", "likes", "views" after every
// count; a badge's name for each profile shown): what one means is worked out once. Bounded, as
// a page may stay open for hours.

/** `compute`, remembered per `keyOf` its arguments; the memory is cleared when it reaches `max` keys. */
export function memoisedBy<A extends unknown[], V>(keyOf: (...args: A) => string, compute: (...args: A) => V, max = 500): (...args: A) => V {
  const known = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    if (known.has(key)) return known.get(key)!;
    const value = compute(...args);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}

/** `compute`, remembered per key; the memory is cleared when it reaches `max` keys. */
export function memoised<V>(compute: (key: string) => V, max = 500): (key: string) => V {
  return memoisedBy((key: string) => key, compute, max);
}
