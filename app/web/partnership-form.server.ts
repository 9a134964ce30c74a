// The partnership fields of a form (issue 12): the body-creation form and the partnership's management page.
import { parsePartnershipDetails, type PartnershipDetails } from "~/lib/partnership-term";
import type { Translate } from "~/lib/i18n";

const fieldOf = { startsOn: "partnershipStartsOn", termMonths: "partnershipTermMonths" } as const;

export function readPartnershipFields(
  form: FormData | Record<string, string>,
  t: Translate,
): { ok: true; details: PartnershipDetails } | { ok: false; fieldErrors: Record<string, string> } {
  const get = (name: string) => String((form instanceof FormData ? form.get(name) : form[name]) ?? "").slice(0, 100);
  const parsed = parsePartnershipDetails({
    startsOn: get("partnershipStartsOn"),
    term: get("partnershipTerm"),
    termMonths: get("partnershipTermMonths"),
  });
  if (parsed.ok) return parsed;
  return { ok: false, fieldErrors: { [fieldOf[parsed.field]]: t(parsed.problem) } };
}
