// Decisions, assignments and execution control (issue 10). Part of en.ts.
import type { assignmentsRu } from "./assignments.ru";

export const assignmentsEn: Record<keyof typeof assignmentsRu, string> = {};
