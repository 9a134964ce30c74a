export const organisationKinds = [
  "government",
  "ministry",
  "agency",
  "union",
  "chamber",
  "university",
  "staffing_agency",
  "other",
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
