// The snowball stemmers (UMD, hence a server module: STACK.md §5). Cyrillic words take the Russian one,
// Latin words the English one; numbers are left as they are.
import { newStemmer } from "snowball-stemmers";
import type { Stem } from "./words";

const russian = newStemmer("russian");
const english = newStemmer("english");

function stemOnce(norm: string): string {
  if (/[а-я]/.test(norm)) return russian.stem(norm);
  if (/[a-z]/.test(norm)) return english.stem(norm);
  return norm;
}

// A language has a few hundred thousand word forms in use: remembering them makes indexing and snippets
// several times faster. Bounded, so a stream of junk cannot grow it without end.
const MEMO_LIMIT = 200_000;
const memo = new Map<string, string>();

export const stem: Stem = (norm) => {
  let stemmed = memo.get(norm);
  if (stemmed === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(norm, (stemmed = stemOnce(norm)));
  }
  return stemmed;
};
