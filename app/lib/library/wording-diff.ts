// An amendment's wording against the current one, for reading: word by word (text-diff.ts), but a run of changes
// separated only by spaces reads as one removed phrase and one added phrase, not as interleaved words.
import { wordDiff, type WordPart } from "../text-diff";

export function wordingDiff(current: string, proposed: string): WordPart[] {
  const parts = wordDiff(current, proposed);
  const out: WordPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ op: "removed", text: removed });
    if (added) out.push({ op: "added", text: added });
    removed = added = "";
  };
  parts.forEach((part, i) => {
    const between = part.op === "same" && !part.text.trim() && (removed || added) && parts[i + 1];
    if (part.op === "removed") removed += part.text;
    else if (part.op === "added") added += part.text;
    else if (between) {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      out.push(part);
    }
  });
  flush();
  return out;
}
