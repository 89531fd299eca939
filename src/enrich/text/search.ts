/** Index of the first item whose key is at or after `value` in a list sorted by that key. */
export function firstAtOrAfter<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
