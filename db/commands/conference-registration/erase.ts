/**
 * Erasing registrants' personal data (152-ФЗ, art. 21; decision 0027): on withdrawal (./own.ts), and once a
 * conference's retention period has passed (the periodic job, server/jobs/personal-data-erasure.ts). The registration
 * row stays, anonymous (country, kind of organisation, status, whether they came), so the statistics still count it.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { erasedPersonalData, isRetentionOver } from "../../../app/lib/conference-registration/personal-data";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { conferences, outbox, registrationLetters, registrations } from "../../schema";

export interface Erasure {
  lettersCancelled: number;
  /** The .eml copies of the removed letters (no SMTP configured): removed by `removeLetterCopies` after commit. */
  letterCopies: string[];
}

/**
 * Inside the caller's transaction: the rows' personal fields emptied, and every letter to them removed from the
 * outbox — an unsent one is thereby cancelled, a sent one's copy (name, address, personal link) erased.
 */
export function erasePersonalData(tx: Db, registrationIds: readonly number[], now: Date): Erasure {
  if (registrationIds.length === 0) return { lettersCancelled: 0, letterCopies: [] };
  const letters = tx
    .select({ id: outbox.id, status: outbox.status, emlFile: outbox.emlFile })
    .from(registrationLetters)
    .innerJoin(outbox, eq(outbox.id, registrationLetters.outboxId))
    .where(inArray(registrationLetters.registrationId, [...registrationIds]))
    .all();
  tx.delete(registrationLetters)
    .where(inArray(registrationLetters.registrationId, [...registrationIds]))
    .run();
  if (letters.length > 0)
    tx.delete(outbox)
      .where(
        inArray(
          outbox.id,
          letters.map((l) => l.id),
        ),
      )
      .run();
  tx.update(registrations)
    .set(erasedPersonalData(now))
    .where(inArray(registrations.id, [...registrationIds]))
    .run();
  return {
    lettersCancelled: letters.filter((l) => l.status !== "sent").length,
    letterCopies: letters.flatMap((l) => (l.emlFile ? [l.emlFile] : [])),
  };
}

/**
 * After the erasure has committed: the letters' .eml copies in the data folder (written when no SMTP server is
 * configured, server/mail/transport.ts) go too, since they hold the same name, address and link.
 */
export function removeLetterCopies(services: Services, names: readonly string[]) {
  const folder = path.join(services.config.dataDir, "outbox");
  for (const name of names) fs.rmSync(path.join(folder, path.basename(name)), { force: true });
}

/**
 * The periodic erasure: every conference whose retention period is over has its registrants' remaining personal
 * data erased, with one system entry per conference giving the count only. Idempotent: an erased row is not
 * counted again, and a run with nothing to do writes nothing. Returns how many registrations were erased.
 */
export function eraseExpiredPersonalData(services: Services, now = new Date()): number {
  const letterCopies: string[] = [];
  const erasedCount = writeTransaction(services.db, (tx) => {
    let erased = 0;
    const due = tx
      .select()
      .from(conferences)
      .all()
      .filter((c) => isRetentionOver(c, now));
    for (const conference of due) {
      const ids = tx
        .select({ id: registrations.id })
        .from(registrations)
        .where(and(eq(registrations.bodyId, conference.bodyId), isNull(registrations.erasedAt)))
        .all()
        .map((r) => r.id);
      if (ids.length === 0) continue;
      letterCopies.push(...erasePersonalData(tx, ids, now).letterCopies);
      appendAudit(
        tx,
        null,
        {
          action: "registration.personal_data_erased",
          subjectType: "conference",
          subjectId: conference.bodyId,
          details: { count: ids.length, retentionDays: conference.personalDataRetentionDays },
        },
        now,
      );
      erased += ids.length;
    }
    return erased;
  });
  removeLetterCopies(services, letterCopies);
  return erasedCount;
}
