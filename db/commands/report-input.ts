// What a report on an assignment (R4) or an action-plan item (issue 12) says: its text, and the file it may carry.
import { DomainError } from "../../app/lib/errors";
import { textProblem } from "../../app/lib/text-rules";
import { checkUpload, MAX_UPLOAD_BYTES } from "../files/types";

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

/** The report's file, checked by its content (PDF, DOCX, ODT or text) before any byte is stored; null for none. */
export function checkReportFile(upload: { name: string; bytes: Uint8Array } | null) {
  if (!upload) return null;
  const checked = checkUpload({ ...upload, allowed: ["pdf", "docx", "odt", "text"], maxBytes: MAX_UPLOAD_BYTES });
  if (!checked.ok) throw new DomainError(checked.problem, checked.problem === "file.tooLarge" ? 413 : 422, {}, "file");
  return checked;
}
