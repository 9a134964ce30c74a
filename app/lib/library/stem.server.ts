// The snowball stemmers (UMD, hence a server module: STACK.md §5). Cyrillic words take the Russian one,
// Latin words the English one; numbers are left as they are.
import { newStemmer } from "snowball-stemmers";
import type { Stem } from "./words";

const russian = newStemmer("russian");
const english = newStemmer("english");

export const stem: Stem = (norm) => {
  if (/[а-я]/.test(norm)) return russian.stem(norm);
  if (/[a-z]/.test(norm)) return english.stem(norm);
  return norm;
};
