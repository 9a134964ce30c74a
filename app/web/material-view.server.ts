import type { materialsOf } from "../../db/queries/meetings";

type StoredMaterial = ReturnType<typeof materialsOf>[number];

/** A material as the agenda and live pages show it: late or accepted (R7), never the reviewer's details. */
export function materialCard(m: StoredMaterial) {
  return {
    id: m.id,
    title: m.title,
    text: m.text,
    file: m.file,
    authorName: m.authorName,
    submittedAt: m.submittedAt,
    late: m.late,
    accepted: Boolean(m.acceptedAt),
  };
}
