import { describe, expect, it } from "vitest";
import {
  actions,
  can,
  isBodyAction,
  isMeetingAction,
  libraryActions,
  meetingActionStates,
  namedActions,
  type Action,
  type Actor,
  type BodyScope,
  type MeetingScope,
} from "~/lib/policy";
import { meetingStatuses, type GuestKind, type MeetingStatus } from "~/lib/meeting-states";
import type { MemberRole } from "~/lib/roles";
import { tableBetween } from "../support/permissions-table";

const TARGET_SIDE = 1;
const OTHER_SIDE = 2;
const active = (isAdmin = false): Actor => ({ id: 7, isAdmin, status: "active" });
const seat = (role: MemberRole, sideId = TARGET_SIDE) => [{ sideId, role }];
interface Who {
  actor: Actor;
  seats: BodyScope["seats"];
  guest: GuestKind | null;
  /** The seats held when the meeting was held: the same as now, except for a former member. */
  seatsAtMeeting?: BodyScope["seats"];
  /** Whose material, proposal or opinion the read actions ask about: someone else's, unless the reader's. */
  authorId?: number;
  /** Whether the asker is a signatory of the protocol or an assignee of the assignment asked about. */
  named?: boolean;
}
const SOMEONE_ELSE = 99;
const who: Record<string, Who> = {
  outsider: { actor: active(), seats: [], guest: null },
  "former member": { actor: active(), seats: [], guest: null, seatsAtMeeting: seat("member") },
  "guest of the meeting": { actor: active(), seats: [], guest: "expert" },
  member: { actor: active(), seats: seat("member"), guest: null },
  secretary: { actor: active(), seats: seat("secretary"), guest: null },
  deputy: { actor: active(), seats: seat("deputy"), guest: null },
  "co-chair of the side": { actor: active(), seats: seat("co_chair"), guest: null },
  "co-chair of another side": { actor: active(), seats: seat("co_chair", OTHER_SIDE), guest: null },
  administrator: { actor: active(true), seats: [], guest: null },
};
/** The third table's reader who wrote the thing asked about: a member of the body. */
const readers: Record<string, Who> = { ...who, author: { ...who.member!, authorId: 7 } };

function ask(
  action: Action,
  { actor, seats, guest, seatsAtMeeting, authorId, named }: Who,
  status?: MeetingStatus,
): boolean {
  if (!isBodyAction(action)) return can(actor, action as "users.manage");
  // The roles table is read for a convened meeting, or for the first state the action is possible in.
  const possible = isMeetingAction(action) ? meetingActionStates[action as keyof typeof meetingActionStates] : [];
  const meetingStatus = status ?? (possible.length === 0 || possible.includes("convened") ? "convened" : possible[0]!);
  const scope: MeetingScope & { sideId: number; authorId: number; named: boolean } = {
    bodyId: 1,
    seats,
    seatsAtMeeting: seatsAtMeeting ?? seats,
    sideId: TARGET_SIDE,
    status: meetingStatus,
    guest,
    authorId: authorId ?? SOMEONE_ELSE,
    named: named ?? false,
  };
  return can(actor, action as "opinion.read", scope);
}

describe("the policy follows the roles table in docs/permissions.md", () => {
  const { columns, body } = tableBetween("matrix");

  it("names every role column and every action exactly once", () => {
    expect(columns).toEqual(Object.keys(who));
    expect(body.map((r) => r[0]).sort()).toEqual([...actions].sort());
  });

  for (const [action, ...cells] of body) {
    cells.forEach((cell, i) => {
      it(`${action} — ${columns[i]}: ${cell}`, () => {
        expect(ask(action as Action, who[columns[i]!]!)).toBe(cell === "yes");
      });
    });
  }

  it("a disabled or not-yet-accepted account may do nothing, whatever its seats or rights", () => {
    for (const status of ["disabled", "invited"] as const) {
      for (const action of actions)
        expect(
          ask(action, { actor: { id: 7, isAdmin: true, status }, seats: seat("co_chair"), guest: "expert" }),
          `${status} ${action}`,
        ).toBe(false);
    }
  });
});

describe("meeting actions follow the states table in docs/permissions.md", () => {
  const { columns, body } = tableBetween("states");
  const meetingActions = actions.filter(isMeetingAction);

  it("names every meeting state and every meeting action", () => {
    expect(columns).toEqual([...meetingStatuses]);
    expect(body.map((r) => r[0]).sort()).toEqual([...meetingActions].sort());
  });

  for (const [action, ...cells] of body) {
    cells.forEach((cell, i) => {
      it(`${action} when ${columns[i]}: ${cell}`, () => {
        // Asked of the one who holds the widest rights for it: the co-chair of the side (or the secretary for the record).
        const asker = [
          "attendance.register",
          "opinion.markRead",
          "protocol.resolveComment",
          "protocol.regenerate",
          "protocol.finalise",
          "protocol.reopen",
        ].includes(action!)
          ? who.secretary!
          : { ...who["co-chair of the side"]!, named: action === "protocol.sign" };
        expect(ask(action as Action, asker, columns[i] as MeetingStatus)).toBe(cell === "yes");
      });
    });
  }

  it("a draft meeting is for its officers only: members and guests see it once convened", () => {
    expect(ask("meeting.read", who.secretary!, "draft")).toBe(true);
    expect(ask("meeting.read", who.member!, "draft")).toBe(false);
    expect(ask("meeting.read", who["guest of the meeting"]!, "draft")).toBe(false);
    expect(ask("meeting.read", who.administrator!, "draft")).toBe(false);
  });
});

describe("what names its user follows the named table in docs/permissions.md", () => {
  const { columns, body } = tableBetween("named");

  it("names every role column and every action that depends on being named", () => {
    expect(columns).toEqual(Object.keys(who));
    expect(body.map((r) => r[0]).sort()).toEqual([...namedActions].sort());
  });

  for (const [action, ...cells] of body) {
    cells.forEach((cell, i) => {
      it(`${action} — ${columns[i]}, named: ${cell}`, () => {
        const status = isMeetingAction(action as Action) ? "completed" : undefined;
        expect(ask(action as Action, { ...who[columns[i]!]!, named: true }, status)).toBe(cell === "yes");
      });
    });
  }
});

describe("reads of what another person wrote follow the third table in docs/permissions.md", () => {
  const { columns, body } = tableBetween("reads");
  const header = ["action", ...columns];

  it("names the states, and only read actions and known readers", () => {
    expect(header!.slice(2)).toEqual([...meetingStatuses]);
    for (const [action, reader] of body) {
      expect(actions).toContain(action);
      expect(action).toMatch(/\.read/);
      expect(Object.keys(readers)).toContain(reader);
    }
  });

  for (const [action, reader, ...cells] of body) {
    cells.forEach((cell, i) => {
      it(`${action} — ${reader} when ${header![i + 2]}: ${cell}`, () => {
        expect(ask(action as Action, readers[reader!]!, header![i + 2] as MeetingStatus)).toBe(cell === "yes");
      });
    });
  }

  it("R14: a former member reads the meetings of their time, and not the body", () => {
    const former = who["former member"]!;
    expect(ask("meeting.read", former, "completed")).toBe(true);
    expect(ask("body.read", former)).toBe(false);
    expect(ask("meeting.read", { ...former, seatsAtMeeting: [] }, "completed")).toBe(false);
    // "Held" is opened: a meeting convened for an hour already past, and not opened, is a later one.
    expect(ask("meeting.read", former, "convened")).toBe(false);
    expect(ask("meeting.read", former, "in_progress")).toBe(true);
  });
});

describe("the library follows its table in docs/permissions.md", () => {
  const { columns, body } = tableBetween("library");
  const readers: Record<string, { actor: Actor | null; seats: BodyScope["seats"] }> = {
    "signed out": { actor: null, seats: [] },
    partner: { actor: active(), seats: [] },
    "member of another body": { actor: active(), seats: [] },
    member: { actor: active(), seats: seat("member") },
    secretary: { actor: active(), seats: seat("secretary") },
    deputy: { actor: active(), seats: seat("deputy") },
    "co-chair": { actor: active(), seats: seat("co_chair") },
    administrator: { actor: active(true), seats: [] },
  };
  const ask = (row: string, { actor, seats }: (typeof readers)[string]) => {
    const visibility = /\((\w+)\)/.exec(row)?.[1] as "public" | "partners" | "body" | undefined;
    return visibility
      ? can(actor, "library.read", { visibility, seats })
      : can(actor, row as "library.add", { bodyId: 1, seats });
  };

  it("names every reader column and every library action", () => {
    expect(columns).toEqual(Object.keys(readers));
    expect([...new Set(body.map((r) => r[0]!.split(" ")[0]))].sort()).toEqual([...libraryActions].sort());
  });

  for (const [row, ...cells] of body) {
    cells.forEach((cell, i) => {
      it(`${row} — ${columns[i]}: ${cell}`, () => expect(ask(row!, readers[columns[i]!]!)).toBe(cell === "yes"));
    });
  }

  it("a disabled account reads nothing, not even a public document", () => {
    const disabled: Actor = { id: 7, isAdmin: true, status: "disabled" };
    expect(can(disabled, "library.read", { visibility: "public", seats: seat("co_chair") })).toBe(false);
    expect(can(disabled, "library.add", { bodyId: 1, seats: seat("co_chair") })).toBe(false);
  });
});
