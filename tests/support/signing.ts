import { eq } from "drizzle-orm";
import type { Services } from "~/context";
import { reopenProtocol } from "../../db/commands/protocols/reopen";
import { users } from "../../db/schema/accounts";

/**
 * The demo's meeting № 1 arrives with its protocol finalised and signed (db/seed/demo-signatures.ts). A test that
 * edits that protocol reopens it first, as its secretary would (a correction: the signed text stays on record).
 */
export function reopenDemoProtocol(services: Services, meetingId = 1): void {
  const secretary = services.db.select().from(users).where(eq(users.email, "secretary.ru@example.org")).get()!;
  reopenProtocol(services, secretary, meetingId);
}
