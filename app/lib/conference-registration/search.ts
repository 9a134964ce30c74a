// The check-in list's search (issue 12): typed at the door on a phone, so forgiving — any case, «ё» as «е», words in
// any order, each word a part of the name, the organisation or the e-mail.

const fold = (text: string) => text.normalize("NFC").toLocaleLowerCase("ru").replace(/ё/g, "е");

/** The words of a query, folded; an empty query matches everyone. */
export function searchWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

export function matchesSearch(
  registration: { name: string; organisation: string; email: string },
  words: readonly string[],
): boolean {
  if (words.length === 0) return true;
  const haystack = fold(`${registration.name} ${registration.organisation} ${registration.email}`);
  return words.every((w) => haystack.includes(w));
}
