/**
 * "Refresh the generated parts" (issue 9, decision 0016): the heading, presiding, attendance, guests, quorum,
 * agenda, item headings and annex are written again from the meeting; everything typed stays exactly as it is.
 * The refresh is an edit of the live document (services.protocols.change), so every open editor receives it;
 * the update, the guard and the audit row are one commit.
 */
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { translator } from "../../../app/lib/i18n";
import type { Actor } from "../../../app/lib/policy";
import { generateProtocolDraft, type ProtocolDraft } from "../../../app/lib/protocol-draft";
import { planChanges, planRefresh, type RefreshPlan } from "../../../app/lib/protocol-draft-refresh";
import { applyRefreshPlan, asStored, protocolJSON } from "../../../app/lib/protocol-draft-yjs";
import { sameContent } from "../../../app/lib/protocol-json";
import { loadMeeting } from "../../access";
import { appendAudit } from "../../audit";
import { protocolSourcesOf } from "../../queries/protocol-sources";
import { protocols } from "../../schema";
import { ensureProtocolDraft } from "../../protocols/draft";

export type RefreshOutcome = "regenerated" | "upToDate";

export function regenerateProtocol(
  services: Services,
  actor: Actor,
  meetingId: number,
  now = new Date(),
): RefreshOutcome {
  const { db } = services;
  // R13 (3.4 б): the secretaries keep the protocol. Asked first: a refusal writes nothing, not even a draft.
  const ctx = loadMeeting(db, actor, meetingId, "protocol.regenerate");
  ensureProtocolDraft(db, meetingId, now);
  const draft = storedShape(
    generateProtocolDraft(protocolSourcesOf(db, ctx.meeting, ctx.body), translator(ctx.body.workingLanguage)),
  );

  let plan: RefreshPlan | null = null;
  services.protocols.change(
    meetingId,
    actor.id,
    (doc) => {
      // Planned against the document as it is now (with whatever was typed a moment ago), not as it was read.
      const current = protocolJSON(doc).content ?? [];
      const planned = planRefresh(current, draft, sameContent);
      if (!planChanges(planned, current.length)) return;
      plan = planned;
      applyRefreshPlan(doc, planned);
    },
    (tx) => {
      // The guard again, in the transaction of the change: a role taken away meanwhile still refuses.
      loadMeeting(tx, actor, meetingId, "protocol.regenerate");
      if (!plan) return;
      const { rewritten, added, removed, itemsKeptAsText } = plan as RefreshPlan;
      tx.update(protocols).set({ generatedAt: now }).where(eq(protocols.meetingId, meetingId)).run();
      appendAudit(
        tx,
        actor.id,
        {
          action: "protocol.regenerated",
          subjectType: "meeting",
          subjectId: meetingId,
          details: { rewritten, added, removed, itemsKeptAsText },
        },
        now,
      );
    },
  );
  return plan ? "regenerated" : "upToDate";
}

/** The draft's blocks as they read back from Yjs, so that an unchanged part compares equal and is left alone. */
function storedShape(draft: ProtocolDraft): ProtocolDraft {
  const one = (node: ProtocolDraft["annex"]) => (node ? asStored([node])[0]! : null);
  return {
    head: draft.head.map((h) => ({ part: h.part, node: one(h.node)! })),
    items: draft.items.map((i) => ({ itemId: i.itemId, node: one(i.node)!, scaffold: i.scaffold })),
    annex: one(draft.annex),
  };
}
