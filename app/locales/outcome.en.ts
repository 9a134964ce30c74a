// Conferences: the outcome document, drafted live, proposals, publication (issue 12). Part of en.ts.
import type { conferenceOutcomeRu } from "./outcome.ru";

export const conferenceOutcomeEn: Record<keyof typeof conferenceOutcomeRu, string> = {
  "outcome.placeholder": "—",
};
