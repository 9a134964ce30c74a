import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { DomainError, forbidden } from "../../app/lib/errors";
import { lineField, nameField } from "../../app/lib/forms";
import { countryCodes } from "../../app/lib/countries";
import { can, type Actor } from "../../app/lib/policy";
import { writeTransaction } from "../client";
import { organisationKinds, organisations } from "../schema";

export const organisationSchema = z.object({
  name: nameField,
  shortName: lineField("shortName", { required: true }),
  country: z.enum(countryCodes, { errorMap: () => ({ message: "field.invalid" }) }),
  kind: z.enum(organisationKinds, { errorMap: () => ({ message: "field.invalid" }) }),
});
export type OrganisationInput = z.output<typeof organisationSchema>;

/** Creates an organisation, or updates it when an id is given. */
export function saveOrganisation(
  services: Services,
  actor: Actor,
  input: OrganisationInput,
  id?: number,
  now = new Date(),
): number {
  if (!can(actor, "organisations.manage")) throw forbidden();
  return writeTransaction(services.db, (tx) => {
    let savedId = id;
    if (id) {
      const changes = tx.update(organisations).set(input).where(eq(organisations.id, id)).run().changes;
      if (changes === 0) throw new DomainError("error.notFound.title", 404);
    } else {
      savedId = tx.insert(organisations).values(input).returning({ id: organisations.id }).get().id;
    }
    appendAudit(
      tx,
      actor.id,
      {
        action: id ? "organisation.updated" : "organisation.created",
        subjectType: "organisation",
        subjectId: savedId!,
        details: { name: input.name, country: input.country },
      },
      now,
    );
    return savedId!;
  });
}
