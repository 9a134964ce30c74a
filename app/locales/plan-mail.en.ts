// Action-plan letters and reminders; presence stamped by the server (this session). Part of en.ts.
import type { planMailRu } from "./plan-mail.ru";

export const planMailEn: Record<keyof typeof planMailRu, string> = {
  "planMail.placeholder": "—",
};
