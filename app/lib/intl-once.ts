// Building an Intl formatter costs tens of microseconds, and a page formats dozens of dates and names:
// each formatter is built once per language, zone and kind, then reused (they are immutable).
const built = new Map<string, unknown>();

export function intlOnce<T>(key: string, build: () => T): T {
  let found = built.get(key) as T | undefined;
  if (found === undefined) {
    found = build();
    built.set(key, found);
  }
  return found;
}
