/**
 * Words of a text and of a search query (issue 11). Pure: the snowball stemmer is passed in (it is a server
 * module, STACK.md §5), so the rules here are tested without it.
 */

export interface Word {
  /** Lower-cased, «ё» as «е»: the form the stemmer and the stop-word list expect. */
  norm: string;
  start: number;
  end: number;
}

// A hyphenated word is its parts: «трудящихся-мигрантов» is found by «мигрант».
const WORD = /[\p{L}\p{N}]+/gu;

export function normalise(word: string): string {
  return word.toLowerCase().replace(/ё/g, "е");
}

export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const m of text.matchAll(WORD))
    found.push({ norm: normalise(m[0]), start: m.index, end: m.index + m[0].length });
  return found;
}

// Words too common to tell documents apart; dropped from the index and from queries alike, so a quoted phrase
// «трудящихся и специалистов» still matches its stems side by side.
const stopWords = new Set(
  (
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от " +
    "меня еще нет о об из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам " +
    "ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто " +
    "чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой " +
    "тем чтобы нее были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через " +
    "эти нас про всего них какая много разве три эту моя впрочем свою этой перед иногда лучше чуть том нельзя " +
    "такой им более всегда конечно всю между также это " +
    "a an and are as at be but by for from has have in is it its of on or that the this to was were which with"
  ).split(" "),
);

export function isStopWord(norm: string): boolean {
  return stopWords.has(norm);
}

/** Words worth indexing or searching for. */
export function contentWords(text: string): Word[] {
  return words(text).filter((w) => !isStopWord(w.norm));
}

export type Stem = (norm: string) => string;

/** The text as the index holds it: one stem per content word, in order. */
export function stemmedText(text: string, stem: Stem): string {
  return contentWords(text)
    .map((w) => stem(w.norm))
    .join(" ");
}
