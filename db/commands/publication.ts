// Issue 12: a conference's or a partnership's public page exists from its publication (bodies.publishedAt).
import { eq } from "drizzle-orm";
import type { Actor } from "../../app/lib/policy";
import { appendAudit } from "../audit";
import type { Db } from "../client";
import { bodies, type Body } from "../schema";

/**
 * Publishes the body's public page, or withdraws it, with its audit entry, in the caller's transaction (after its
 * guard). Asking for what already is changes nothing and writes nothing.
 */
export function setPublished(
  tx: Db,
  actor: Actor,
  body: Pick<Body, "id" | "publishedAt">,
  kind: "conference" | "partnership",
  published: boolean,
  now: Date,
): void {
  if ((body.publishedAt !== null) === published) return;
  tx.update(bodies)
    .set({ publishedAt: published ? now : null })
    .where(eq(bodies.id, body.id))
    .run();
  appendAudit(
    tx,
    actor.id,
    {
      action: published ? `${kind}.published` : `${kind}.unpublished`,
      subjectType: "body",
      subjectId: body.id,
      details: {},
    },
    now,
  );
}
