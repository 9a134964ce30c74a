// Conferences: details, programme, materials, public page (issue 12). Part of en.ts.
import type { conferenceProgrammeRu } from "./conference.ru";

export const conferenceProgrammeEn: Record<keyof typeof conferenceProgrammeRu, string> = {
  "conference.placeholder": "—",
};
