// Conferences: registration, participants, check-in, statistics (issue 12). Part of ru.ts.
export const conferenceRegistrationRu = {
  "registration.placeholder": "—",
};
