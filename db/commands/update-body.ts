import { and, eq, isNull, sql } from "drizzle-orm";
import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { DomainError } from "../../app/lib/errors";
import type { Actor } from "../../app/lib/policy";
import { loadBody } from "../access";
import { writeTransaction } from "../client";
import { bodies, memberships, sides } from "../schema";
import type { BodySettingsInput, SideInput } from "../../app/lib/body-input";

/**
 * Changes a body's settings and sides. A side keeps its id (and so its members) when renamed; a new row
 * adds a side; a side that still has members cannot be dropped.
 */
export function updateBody(
  services: Services,
  actor: Actor,
  bodyId: number,
  settings: BodySettingsInput,
  sideRows: SideInput[],
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    const { body } = loadBody(tx, actor, bodyId, "body.update");
    // A conference and a partnership have their own details (issue 12): a body becomes one, or stops being one,
    // only by being created so. A working group stays a working group.
    if (settings.kind !== body.kind) throw new DomainError("conference.kindFixed", 422, {}, "kind");
    const existing = tx.select().from(sides).where(eq(sides.bodyId, body.id)).all();
    const kept = new Set(sideRows.map((s) => s.id).filter((id): id is number => id !== null));
    for (const id of kept) if (!existing.some((s) => s.id === id)) throw new DomainError("field.invalid", 422);
    for (const side of existing.filter((s) => !kept.has(s.id))) {
      const seated = tx
        .select({ n: sql<number>`count(*)` })
        .from(memberships)
        .where(and(eq(memberships.sideId, side.id), isNull(memberships.endsAt)))
        .get()!.n;
      if (seated > 0) throw new DomainError("body.sideHasMembers", 409, { side: side.name });
    }
    const changed = (Object.keys(settings) as (keyof BodySettingsInput)[]).filter((k) => settings[k] !== body[k]);
    tx.update(bodies)
      .set({ ...settings, quorumPercent: settings.quorumRule === "overall_percent" ? settings.quorumPercent : null })
      .where(eq(bodies.id, body.id))
      .run();
    // Positions are rewritten in two steps so the unique (body, position) index never sees a clash.
    tx.update(sides)
      .set({ position: sql`-${sides.position}` })
      .where(eq(sides.bodyId, body.id))
      .run();
    for (const side of existing.filter((s) => !kept.has(s.id))) tx.delete(sides).where(eq(sides.id, side.id)).run();
    sideRows.forEach(({ id, ...side }, i) => {
      if (id)
        tx.update(sides)
          .set({ ...side, position: i + 1 })
          .where(eq(sides.id, id))
          .run();
      else
        tx.insert(sides)
          .values({ ...side, bodyId: body.id, position: i + 1 })
          .run();
    });
    const fingerprint = (s: {
      id: number | null;
      name: string;
      country: string | null;
      organisationId: number | null;
      workingLanguage: string;
      timezone: string;
    }) => [s.id, s.name, s.country, s.organisationId, s.workingLanguage, s.timezone].join("|");
    const sidesChanged = existing.map(fingerprint).join("\n") !== sideRows.map(fingerprint).join("\n");
    appendAudit(
      tx,
      actor.id,
      {
        action: "body.updated",
        subjectType: "body",
        subjectId: body.id,
        details: { changed: sidesChanged ? [...changed, "sides"] : changed },
      },
      now,
    );
  });
}
