// What a report on an assignment (R4) or an action-plan item (issue 12) says (its file: db/files/written.ts).
import { DomainError } from "../../app/lib/errors";
import { textProblem } from "../../app/lib/text-rules";

/** The report's (or a return's reason's) text, trimmed; refused when required and empty, or when too long. */
export function reportText(
  value: string,
  required: boolean,
  missing: "assignments.error.reportRequired" | "assignments.error.reasonRequired",
): string {
  const text = value.trim();
  if (required && !text) throw new DomainError(missing, 422, {}, "text");
  const problem = textProblem(text, "longText");
  if (problem) throw new DomainError(problem, 422, {}, "text");
  return text;
}
