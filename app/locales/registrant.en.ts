// A registrant's own page: change, withdraw, erasure of personal data (this session). Part of en.ts.
import type { registrantRu } from "./registrant.ru";

export const registrantEn: Record<keyof typeof registrantRu, string> = {
  "registrant.placeholder": "—",
};
