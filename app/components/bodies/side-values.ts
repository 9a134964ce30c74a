import type { SideValues } from "./SideFields";

/** The side rows as the form posted them, to show them again next to their errors. */
export function sideValuesFrom(values: Record<string, string>, rows: number): SideValues[] {
  return Array.from({ length: rows }, (_, i) => {
    const f = (k: string) => values[`side${i + 1}${k}`];
    return {
      id: f("Id") ?? null,
      name: f("Name"),
      country: f("Country"),
      organisationId: f("OrganisationId"),
      workingLanguage: f("WorkingLanguage"),
      timezone: f("Timezone"),
    };
  });
}
