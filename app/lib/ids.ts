// One spelling per id: `/meetings/2` is meeting 2; `0x2`, `+2`, `02`, `2.0`, ` 2` and `2e0` are nothing.

const CANONICAL_ID = /^[1-9][0-9]{0,15}$/;

/** The positive whole number `value` spells in plain decimal digits without a leading zero; null otherwise. */
export function parseId(value: unknown): number | null {
  if (typeof value !== "string" || !CANONICAL_ID.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** Several ids (a form's repeated field); null when any of them is not canonical. */
export function parseIds(values: readonly unknown[]): number[] | null {
  const ids = values.map(parseId);
  return ids.every((id): id is number => id !== null) ? ids : null;
}
