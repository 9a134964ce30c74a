// The action plan as the pages show it: rows in the plan's order with their state today, and the picture per party.
import type { Db } from "../../db/client";
import { actionPlanOf, partiesOf } from "../../db/queries/partnership-page";
import type { Body } from "../../db/schema";
import { actionPlanState, progressByParty } from "~/lib/action-plan-rules";
import { localDateOf } from "~/lib/zoned-time";

export function planView(db: Db, body: Body, now = new Date()) {
  const today = localDateOf(now, body.timezone);
  const parties = partiesOf(db, body.id);
  const items = actionPlanOf(db, body.id);
  const partyName = new Map(parties.map((p) => [p.id, p.name]));
  return {
    rows: items.map((i) => ({
      id: i.id,
      number: i.number,
      text: i.text,
      party: partyName.get(i.responsibleSideId) ?? "",
      dueOn: i.dueOn,
      state: actionPlanState(i, today),
    })),
    bars: progressByParty(parties, items, today).map((p) => ({
      name: partyName.get(p.sideId) ?? "",
      counts: p.counts,
    })),
  };
}
