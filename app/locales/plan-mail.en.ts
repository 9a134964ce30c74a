// Action-plan letters and reminders (issue 12, R4 as for assignments). Part of en.ts.
import type { planMailRu } from "./plan-mail.ru";

export const planMailEn: Record<keyof typeof planMailRu, string> = {
  "planMail.done.subject": "Action plan item {number} is done and awaits acceptance",
  "planMail.done.body":
    "The party «{party}» reports that item {number} of the action plan of the partnership «{body}» (due {due}) is done. Accept its execution or return it for more work, giving the reason:",
  "planMail.accepted.subject": "Action plan item {number}: execution accepted",
  "planMail.accepted.body":
    "The execution of item {number} of the action plan of the partnership «{body}» is accepted:",
  "planMail.returned.subject": "Action plan item {number} is returned for more work, due {due}",
  "planMail.returned.body":
    "A head of a party to the partnership «{body}» returned item {number} of the action plan for more work:",
  "planMail.dueSoon.subject": "Reminder: action plan item {number} is due {due}",
  "planMail.dueSoon.body":
    "Item {number} of the action plan of the partnership «{body}», for which the party «{party}» answers, is due {due}:",
  "planMail.overdue.subject": "Action plan item {number} is overdue: it was due {due}",
  "planMail.overdue.body":
    "Item {number} of the action plan of the partnership «{body}», for which the party «{party}» answers, was due {due} and is not marked done:",
  "planMail.note": "Note: {note}",
  "planMail.reason": "Reason: {reason}",
  "planMail.open": "Open the plan item",
  // The audit log's name for the reminders (its keys are named by the event).
  "audit.action_plan.reminded": "Action-plan item due-date reminder",
  "planMail.why": "You receive this letter as one of a party's people in the partnership «{body}» on the platform.",
};
