// Conferences: registration, participants, check-in, statistics (issue 12). Part of en.ts.
import type { conferenceRegistrationRu } from "./registration.ru";

export const conferenceRegistrationEn: Record<keyof typeof conferenceRegistrationRu, string> = {
  "registration.placeholder": "—",
};
