/**
 * A bounded memo for pure single-string functions. Validation runs on every keystroke for the
 * whole form while only one field changes, so the other fields' phone numbers and dates are
 * parsed again and again; libphonenumber's type detection alone costs ~10–20 µs a number.
 * Results are immutable values, so sharing them is safe. When full the memo starts over: simpler
 * than LRU, and a form has at most a handful of live values.
 */
export function memoize<T>(fn: (text: string) => T, capacity = 256): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    // Megabyte pastes are not worth keeping alive.
    if (text.length <= 256) {
      if (cache.size >= capacity) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}
