// Conferences: details, programme, materials, public page (issue 12). Part of ru.ts.
export const conferenceProgrammeRu = {
  "conference.placeholder": "—",
};
