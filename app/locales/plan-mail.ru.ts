// Action-plan letters and reminders; presence stamped by the server (this session). Part of ru.ts.
export const planMailRu = {
  "planMail.placeholder": "—",
} as const;
