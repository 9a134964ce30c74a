import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { hashPassword } from "../../app/lib/password.server";
import { writeTransaction } from "../client";
import { organisations, users } from "../schema";
import { seedDemoBodies } from "./demo-bodies";
import { seedDemoAmendments } from "./demo-amendments";
import { seedDemoLibrary } from "./demo-library";
import { seedDemoSignatures } from "./demo-signatures";
import { seedDemoAssignments } from "./demo-assignments";
import { seedDemoConference } from "./demo-conference";
import { seedDemoProgramme } from "./demo-programme";
import { seedDemoRegistrations } from "./demo-registrations";
import { seedDemoPartnership } from "./demo-partnership";
import { seedDemoPlanReminders } from "./demo-plan-reminders";
import { seedDemoOutcomes } from "./demo-outcome";
import { DEMO_PASSWORD, demoOrganisations, demoPeople } from "./demo-people";

export function isEmptyDatabase(services: Services): boolean {
  return !services.db.select({ id: users.id }).from(users).limit(1).get();
}

/** Loads the demo into an empty database, in one transaction: all of it or nothing. */
export async function seedDemo(services: Services, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const workingGroupId = writeTransaction(services.db, (tx) => {
    const orgIds = new Map<string, number>();
    for (const { key, ...org } of demoOrganisations) {
      orgIds.set(key, tx.insert(organisations).values(org).returning({ id: organisations.id }).get().id);
    }
    const userIds = new Map<string, number>();
    for (const p of demoPeople) {
      const { id } = tx
        .insert(users)
        .values({
          email: p.email,
          name: p.name,
          organisationId: orgIds.get(p.org)!,
          position: p.position,
          timezone: p.timezone,
          isAdmin: p.isAdmin ?? false,
          locale: p.locale ?? null,
          status: "active",
          passwordHash,
        })
        .returning({ id: users.id })
        .get();
      userIds.set(p.email, id);
    }
    const created = seedDemoBodies(services, tx, userIds, orgIds, userIds.get("admin@example.org")!, now);
    seedDemoLibrary(tx, userIds.get("admin@example.org")!, created[0]!.id);
    seedDemoAmendments(tx, created[0]!, now);
    // Issue 12: the round table and the partnership, each in its own file (programme, registrations, outcome, plan).
    seedDemoConference(tx, created[1]!, now);
    seedDemoProgramme(services, tx, created[1]!, userIds.get("member1.ru@example.org")!, now);
    seedDemoRegistrations(tx, created[1]!, userIds.get("member1.ru@example.org")!, now);
    seedDemoPartnership(tx, created[2]!, userIds, now);
    seedDemoPlanReminders(tx, created[2]!, now); // plan-mail: the reminders owed on the demo's day went already
    seedDemoOutcomes(tx, created[1]!, userIds, now); // after the round table's registrations (their countries)
    appendAudit(
      tx,
      null,
      {
        action: "system.demo_loaded",
        subjectType: "system",
        subjectId: null,
        details: { users: demoPeople.length, organisations: demoOrganisations.length, bodies: created.length },
      },
      now,
    );
    return created[0]!.id;
  });
  // After the load: signing checks each signatory's password (argon2), which a synchronous transaction cannot await.
  await seedDemoSignatures(services, workingGroupId, now);
  // Issue 10: after the signing demo (meeting № 1 finalised and signed), its decisions' assignments.
  seedDemoAssignments(services, now);
}
