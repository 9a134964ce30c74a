/**
 * The rules of a conference's outcome document (issue 12, decision 0024): where it stands and where it may go next,
 * the proposals' deadline, and what a proposal must be. Pure: the commands (db/outcomes/) ask these inside their
 * transactions.
 */
import type { OutcomeProposalStatus, OutcomeState } from "./conference-kinds";
import { isSaneDate, textProblem } from "./text-rules";
import { endOfLocalDay, isLocalDate, localDateOf } from "./zoned-time";

/** What the organisers do to the outcome. */
export type OutcomeStep = "open" | "close" | "finalise" | "publish";

/**
 * Drafting ⇄ open for proposals → finalised → published. Finalising is possible from either drafting state
 * (proposals still undecided do not hold it up); a finalised text is never edited again, only published.
 */
const transitions: Record<OutcomeStep, { from: readonly OutcomeState[]; to: OutcomeState }> = {
  open: { from: ["drafting", "open_for_proposals"], to: "open_for_proposals" }, // again: moves the deadline
  close: { from: ["open_for_proposals"], to: "drafting" },
  finalise: { from: ["drafting", "open_for_proposals"], to: "finalised" },
  publish: { from: ["finalised"], to: "published" },
};

/** The state after `step`, or null when the outcome cannot take that step now. */
export function nextOutcomeState(state: OutcomeState, step: OutcomeStep): OutcomeState | null {
  const { from, to } = transitions[step];
  return from.includes(state) ? to : null;
}

/** Proposals are accepted until the end of the chosen day in the conference's timezone. */
export function proposalsDeadline(day: string, timeZone: string): Date {
  return endOfLocalDay(day, timeZone);
}

/** The deadline day must be a real day, today or later where the conference is. */
export function deadlineDayProblem(
  day: string,
  now: Date,
  timeZone: string,
): "outcome.error.deadlineInvalid" | "outcome.error.deadlinePast" | null {
  if (!isLocalDate(day) || !isSaneDate(day)) return "outcome.error.deadlineInvalid";
  if (day < localDateOf(now, timeZone)) return "outcome.error.deadlinePast";
  return null;
}

/** Whether a proposal sent at `now` is in time: opened for proposals, and before the deadline. */
export function proposalsOpen(outcome: { state: OutcomeState; proposalsUntil: Date | null }, now: Date): boolean {
  return (
    outcome.state === "open_for_proposals" &&
    outcome.proposalsUntil !== null &&
    now.getTime() < outcome.proposalsUntil.getTime()
  );
}

/** The last day proposals are accepted, in the conference's timezone (what the page shows). */
export function deadlineDayOf(until: Date, timeZone: string): string {
  return localDateOf(new Date(until.getTime() - 1), timeZone);
}

/** A proposal: some text, within the length of a written opinion, without hidden characters. */
export function proposalText(value: string): { text: string } | { problem: string } {
  const text = value.replace(/\r\n?/g, "\n").trim();
  const problem = textProblem(text, "longText", { required: true });
  return problem ? { problem } : { text };
}

/** The organisers' decision on a proposal: taken into the text, or not. */
export const proposalDecisions = ["taken", "not_taken"] as const satisfies readonly OutcomeProposalStatus[];
export type ProposalDecision = (typeof proposalDecisions)[number];
export const isProposalDecision = (value: string): value is ProposalDecision =>
  (proposalDecisions as readonly string[]).includes(value);
