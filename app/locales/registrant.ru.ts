// A registrant's own page: change, withdraw, erasure of personal data (this session). Part of ru.ts.
export const registrantRu = {
  "registrant.placeholder": "—",
} as const;
