// Meeting № 1 of the RU–KZ working group: its protocol finalised by the Russian secretary and signed by all four
// signatories (R11, R5), the Kazakh deputy as acting chair for the absent co-chair: through the real commands.
import { and, eq } from "drizzle-orm";
import type { Services } from "../../app/context";
import { finaliseProtocol } from "../commands/protocols/finalise";
import { signProtocol } from "../commands/protocols/sign";
import { meetings, users } from "../schema";
import { DEMO_PASSWORD } from "./demo-people";

const SIGNERS = [
  "secretary.ru@example.org",
  "secretary.kz@example.org",
  "cochair.ru@example.org",
  "deputy.kz@example.org",
];

export async function seedDemoSignatures(services: Services, workingGroupId: number, now: Date): Promise<void> {
  const { db } = services;
  const actor = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!;
  const meeting = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.bodyId, workingGroupId), eq(meetings.number, 1)))
    .get()!;
  const { sha256 } = finaliseProtocol(services, actor("secretary.ru@example.org"), meeting.id, now);
  for (const email of SIGNERS)
    await signProtocol(services, actor(email), meeting.id, { password: DEMO_PASSWORD, textSha256: sha256 }, now);
}
