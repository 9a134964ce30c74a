// Partnerships: parties, agreement, action plan, working groups, publication (issue 12). Part of en.ts.
import type { partnershipRu } from "./partnership.ru";

export const partnershipEn: Record<keyof typeof partnershipRu, string> = {
  "partnership.placeholder": "—",
};
