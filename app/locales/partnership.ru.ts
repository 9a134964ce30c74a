// Partnerships: parties, agreement, action plan, working groups, publication (issue 12). Part of ru.ts.
export const partnershipRu = {
  "partnership.placeholder": "—",
};
