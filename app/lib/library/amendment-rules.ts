/**
 * Amendments («поправки») to a draft edition (issue 11), as pure rules: the deadline, a day counted to its end in
 * the body's timezone (decision 0007); what an amendment is anchored to; the decision; and how the accepted
 * amendments make the next edition's text.
 */
import type { MessageKey } from "../i18n-core";
import { isSaneDate, textProblem } from "../text-rules";
import { endOfLocalDay, isLocalDate, localDateOf, type LocalDate } from "../zoned-time";
import type { AmendmentDecision } from "./kinds";

export type Problem = { key: MessageKey; field?: string; params?: Record<string, string | number> };

/** The instant amendments stop being accepted: the end of `day` in the body's timezone (exclusive). */
export function amendmentsDeadline(day: LocalDate, timeZone: string): Date {
  return endOfLocalDay(day, timeZone);
}

/** The last day amendments are accepted, in the body's timezone (the day before the exclusive end). */
export function lastDayOf(until: Date, timeZone: string): LocalDate {
  return localDateOf(new Date(until.getTime() - 1), timeZone);
}

/** Whether an amendment proposed at `now` is in time. */
export function amendmentsOpen(until: Date | null, now: Date): boolean {
  return until !== null && now.getTime() < until.getTime();
}

/** A deadline day must be a real day, today or later in the body's timezone (an earlier one is "close now"). */
export function deadlineProblem(day: string, now: Date, timeZone: string): Problem | null {
  if (!isLocalDate(day) || !isSaneDate(day)) return { key: "amendments.error.deadlineInvalid", field: "until" };
  if (day < localDateOf(now, timeZone)) return { key: "amendments.error.deadlinePast", field: "until" };
  return null;
}

/** Line endings as a textarea sends them (CRLF) and as the text stores them (LF); ends trimmed. */
export function normaliseWording(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

function occurrences(text: string, passage: string): number {
  let count = 0;
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) count++;
  return count;
}

/**
 * What an amendment concerns: the whole section (no passage), or a passage of it, which must occur in the
 * section's text exactly once, so that the accepted wording replaces exactly that passage.
 */
export function anchorAmendment(
  sectionText: string,
  passage: string,
): { passage: string; currentWording: string } | Problem {
  const p = normaliseWording(passage);
  if (p === "") return { passage: "", currentWording: sectionText };
  const n = occurrences(sectionText, p);
  if (n === 0) return { key: "amendments.error.passageNotFound", field: "passage" };
  if (n > 1) return { key: "amendments.error.passageAmbiguous", field: "passage", params: { n } };
  return { passage: p, currentWording: p };
}

export const isProblem = (value: object): value is Problem => "key" in value;

/** The proposed wording and its justification: required, within the long-text limits, differing from the current. */
export function proposalProblem(currentWording: string, proposed: string, justification: string): Problem | null {
  const wording = textProblem(proposed, "longText", { required: true });
  if (wording) return { key: wording, field: "proposedWording" };
  if (proposed === currentWording) return { key: "amendments.error.unchanged", field: "proposedWording" };
  const why = textProblem(justification, "longText", { required: true });
  if (why) return { key: why, field: "justification" };
  return null;
}

export interface DecisionInput {
  decision: AmendmentDecision;
  acceptedWording: string;
  comment: string;
}

/** «Accepted in part» names the wording accepted; the comment is a short text. */
export function decisionProblem(input: DecisionInput): Problem | null {
  if (input.decision === "accepted_in_part") {
    const p = textProblem(input.acceptedWording, "longText", { required: true });
    if (p)
      return { key: p === "field.required" ? "amendments.error.partWordingRequired" : p, field: "acceptedWording" };
  }
  const c = textProblem(input.comment, "shortText");
  if (c) return { key: c, field: "comment" };
  return null;
}

/** The wording that goes into the next edition, or null for a rejected (or undecided) amendment. */
export function wordingToApply(a: {
  decision: AmendmentDecision | null;
  proposedWording: string;
  acceptedWording: string | null;
}): string | null {
  if (a.decision === "accepted") return a.proposedWording;
  if (a.decision === "accepted_in_part") return a.acceptedWording ?? a.proposedWording;
  return null;
}

export interface ApplicableAmendment {
  id: number;
  sectionId: number;
  passage: string;
  wording: string;
}

/**
 * The sections' texts with the accepted amendments applied, in the order given (the table's order): a passage is
 * replaced where it stands, a whole-section amendment replaces the text. An amendment whose passage no longer
 * occurs once (an earlier accepted amendment rewrote it) is a conflict: the secretaries merge the two by
 * accepting one in part, rather than the platform guessing.
 */
export function applyAmendments(
  sections: readonly { id: number; body: string }[],
  amendments: readonly ApplicableAmendment[],
): { bodies: Map<number, string>; conflicts: number[] } {
  const bodies = new Map(sections.map((s) => [s.id, s.body]));
  const conflicts: number[] = [];
  // A whole-section amendment and any other accepted one on the same section cannot both stand.
  const touched = new Set<number>();
  const replacedWhole = new Set<number>();
  for (const a of amendments) {
    const text = bodies.get(a.sectionId);
    if (text === undefined || replacedWhole.has(a.sectionId)) {
      conflicts.push(a.id);
      continue;
    }
    if (a.passage === "") {
      if (touched.has(a.sectionId)) conflicts.push(a.id);
      else bodies.set(a.sectionId, a.wording);
      touched.add(a.sectionId);
      replacedWhole.add(a.sectionId);
      continue;
    }
    touched.add(a.sectionId);
    if (occurrences(text, a.passage) !== 1) {
      conflicts.push(a.id);
      continue;
    }
    const at = text.indexOf(a.passage);
    bodies.set(a.sectionId, text.slice(0, at) + a.wording + text.slice(at + a.passage.length));
  }
  return { bodies, conflicts };
}
