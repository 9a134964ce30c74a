// Conferences: the outcome document, drafted live, proposals, publication (issue 12). Part of ru.ts.
export const conferenceOutcomeRu = {
  "outcome.placeholder": "—",
};
