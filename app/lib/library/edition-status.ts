/**
 * An edition's status (issue 11's curation gap), as pure rules. A draft is adopted (with its act and day) and
 * then is in force; an adopted edition is superseded, by a newer adopted one or marked so by hand. Nothing
 * goes back: a superseded edition stays superseded, an adopted one never becomes a draft again (a new text is
 * a new edition). A draft open for amendments is adopted only once they are closed and every one decided
 * (decision 18), and a draft older than the edition in force is not adopted over it.
 */
import { amendmentsOpen, type Problem } from "./amendment-rules";
import { textProblem } from "../text-rules";
import { isDate } from "./document-input";
import type { EditionStatus } from "./kinds";

export type StatusChange =
  { to: "adopted"; adoptedOn: string; adoptionReference: string } | { to: "superseded"; supersededOn: string };

export interface EditionFacts {
  number: number;
  status: EditionStatus;
  amendmentsUntil: Date | null;
  /** Amendments to this edition without a decision yet. */
  undecided: number;
}

const allowed: Record<EditionStatus, EditionStatus[]> = {
  draft: ["adopted"],
  adopted: ["superseded"],
  superseded: [],
};

export function mayChangeStatus(from: EditionStatus, to: EditionStatus): boolean {
  return allowed[from].includes(to);
}

/**
 * Why the change is refused, or null. `inForce` is the number of the document's adopted edition, if any.
 */
export function statusChangeProblem(
  edition: EditionFacts,
  change: StatusChange,
  inForce: number | null,
  now: Date,
): Problem | null {
  if (!mayChangeStatus(edition.status, change.to))
    return {
      key: "libraryCuration.status.error.illegal",
      params: { n: edition.number, from: edition.status, to: change.to },
    };
  if (change.to === "superseded") return datedProblem(change.supersededOn, "supersededOn");
  const fields = adoptionProblem(change.adoptedOn, change.adoptionReference);
  if (fields) return fields;
  if (amendmentsOpen(edition.amendmentsUntil, now)) return { key: "libraryCuration.status.error.amendmentsOpen" };
  if (edition.undecided > 0)
    return { key: "libraryCuration.status.error.amendmentsUndecided", params: { n: edition.undecided } };
  if (inForce !== null && inForce > edition.number)
    return { key: "libraryCuration.status.error.olderThanInForce", params: { n: edition.number, inForce } };
  return null;
}

/** An adoption names its act and its day (the form's fields, checked before anything else). */
export function adoptionProblem(adoptedOn: string, adoptionReference: string): Problem | null {
  if (!adoptionReference.trim()) return { key: "libraryCuration.error.referenceRequired", field: "adoptionReference" };
  const problem = textProblem(adoptionReference, "title");
  if (problem) return { key: problem, field: "adoptionReference" };
  return datedProblem(adoptedOn, "adoptedOn");
}

function datedProblem(day: string, field: string): Problem | null {
  if (!day) return { key: "libraryCuration.error.dateRequired", field };
  if (!isDate(day)) return { key: "libraryEditions.add.error.date", field };
  return null;
}
