import { describe, expect, it } from "vitest";
import { actingChair, actingChairBeforeSession, chairCapacity, isAwayOn, signatoriesForSide } from "~/lib/acting-chair";

const CO_CHAIR = 11;
const DEPUTY = 12;
const SECRETARY = 13;
const MEMBER = 14;
const ru = { sideId: 1, coChairId: CO_CHAIR, deputyId: DEPUTY, secretaryId: SECRETARY };

describe("R5 (3.3, 3.6): during a session the co-chair acts for the side, or in their absence the deputy", () => {
  it("a present co-chair acts, even when the deputy is present too", () => {
    expect(actingChair(ru, [CO_CHAIR, DEPUTY, MEMBER])).toEqual({ sideId: 1, userId: CO_CHAIR, capacity: "co_chair" });
  });

  it("with the co-chair absent, the present deputy acts with the co-chair's powers", () => {
    expect(actingChair(ru, new Set([DEPUTY, MEMBER]))).toEqual({ sideId: 1, userId: DEPUTY, capacity: "deputy" });
  });

  it("with both absent nobody acts for the side: a member does not step up", () => {
    expect(actingChair(ru, [SECRETARY, MEMBER])).toEqual({ sideId: 1, userId: null, capacity: null });
  });

  it("a side with no deputy seated has nobody to stand in for an absent co-chair", () => {
    expect(actingChair({ ...ru, deputyId: null }, [MEMBER])).toEqual({ sideId: 1, userId: null, capacity: null });
    expect(actingChair({ ...ru, deputyId: null }, [CO_CHAIR])).toMatchObject({
      userId: CO_CHAIR,
      capacity: "co_chair",
    });
  });
});

describe("R2, R5: before a session, the co-chair convenes and approves the agenda, or the deputy for an empty seat", () => {
  it("a seated co-chair acts", () => {
    expect(actingChairBeforeSession(ru)).toEqual({ sideId: 1, userId: CO_CHAIR, capacity: "co_chair" });
  });

  it("without a co-chair seated, the deputy acts", () => {
    expect(actingChairBeforeSession({ ...ru, coChairId: null })).toEqual({
      sideId: 1,
      userId: DEPUTY,
      capacity: "deputy",
    });
  });

  it("a co-chair who has recorded an absence period is replaced by the deputy", () => {
    expect(actingChairBeforeSession(ru, true)).toEqual({ sideId: 1, userId: DEPUTY, capacity: "deputy" });
  });

  it("with neither seated, nobody can act for the side", () => {
    expect(actingChairBeforeSession({ sideId: 1, coChairId: null, deputyId: null })).toEqual({
      sideId: 1,
      userId: null,
      capacity: null,
    });
  });
});

describe("R11 (3.10): the protocol is signed by the co-chairs (or the deputies who acted) and the secretaries", () => {
  const coChairPresided = actingChair(ru, [CO_CHAIR, DEPUTY]);
  const deputyPresided = actingChair(ru, [DEPUTY]);

  it("by default the co-chair and the secretary sign for the side", () => {
    expect(signatoriesForSide(ru, coChairPresided, "chairs_and_secretaries")).toEqual([
      { userId: CO_CHAIR, capacity: "co_chair" },
      { userId: SECRETARY, capacity: "secretary" },
    ]);
  });

  it("a body whose rule is chairs_only leaves the secretary out", () => {
    expect(signatoriesForSide(ru, coChairPresided, "chairs_only")).toEqual([
      { userId: CO_CHAIR, capacity: "co_chair" },
    ]);
  });

  it("the deputy who acted at the session signs instead of the co-chair", () => {
    expect(signatoriesForSide(ru, deputyPresided, "chairs_and_secretaries")).toEqual([
      { userId: DEPUTY, capacity: "deputy" },
      { userId: SECRETARY, capacity: "secretary" },
    ]);
  });

  it("when no officer of the side attended, its seated co-chair signs", () => {
    const nobodyActed = actingChair(ru, [MEMBER]);
    expect(signatoriesForSide(ru, nobodyActed, "chairs_only")).toEqual([{ userId: CO_CHAIR, capacity: "co_chair" }]);
  });

  it("an empty secretary's seat leaves only the chair to sign", () => {
    expect(signatoriesForSide({ ...ru, secretaryId: null }, coChairPresided, "chairs_and_secretaries")).toEqual([
      { userId: CO_CHAIR, capacity: "co_chair" },
    ]);
  });

  it("another side's acting chair cannot sign for this side", () => {
    expect(() => signatoriesForSide(ru, { sideId: 2, userId: 21, capacity: "co_chair" }, "chairs_only")).toThrow(
      RangeError,
    );
  });
});

describe("R5 (3.3): an absence period on the co-chair's seat covers its days, both included", () => {
  const away = [{ from: "2026-12-01", to: "2026-12-10" }];
  it("the first and the last day are covered", () => {
    expect(isAwayOn(away, "2026-12-01")).toBe(true);
    expect(isAwayOn(away, "2026-12-10")).toBe(true);
  });
  it("the days before and after are not", () => {
    expect(isAwayOn(away, "2026-11-30")).toBe(false);
    expect(isAwayOn(away, "2026-12-11")).toBe(false);
    expect(isAwayOn([], "2026-12-05")).toBe(false);
  });
});

describe("R5 (3.3, 3.6): the deputy uses the co-chair's powers only while the co-chair is absent", () => {
  const before = (coChairAway: boolean) => ({ kind: "before_session", coChairAway }) as const;
  const at = (present: number[]) => ({ kind: "at_session", present }) as const;

  it("the co-chair acts as co-chair, before and at the session", () => {
    expect(chairCapacity(CO_CHAIR, ru, before(false))).toEqual({ capacity: "co_chair" });
    expect(chairCapacity(CO_CHAIR, ru, at([]))).toEqual({ capacity: "co_chair" });
  });

  it("before the session, the deputy is refused while the co-chair is seated and not away", () => {
    expect(chairCapacity(DEPUTY, ru, before(false))).toEqual({ refusal: "acting.coChairAvailable" });
  });

  it("before the session, the deputy acts when the co-chair has recorded an absence", () => {
    expect(chairCapacity(DEPUTY, ru, before(true))).toEqual({ capacity: "deputy" });
  });

  it("the deputy acts when the co-chair's seat is vacant, before and at the session", () => {
    const vacant = { ...ru, coChairId: null };
    expect(chairCapacity(DEPUTY, vacant, before(false))).toEqual({ capacity: "deputy" });
    expect(chairCapacity(DEPUTY, vacant, at([DEPUTY]))).toEqual({ capacity: "deputy" });
  });

  it("at the session, the deputy is refused while the co-chair is marked present", () => {
    expect(chairCapacity(DEPUTY, ru, at([CO_CHAIR, DEPUTY]))).toEqual({ refusal: "acting.coChairPresent" });
  });

  it("at the session, the deputy acts when the co-chair is not marked present", () => {
    expect(chairCapacity(DEPUTY, ru, at([DEPUTY, MEMBER]))).toEqual({ capacity: "deputy" });
  });

  it("nobody else acts for the side: not the secretary, not a member", () => {
    expect(chairCapacity(SECRETARY, ru, at([]))).toEqual({ refusal: "acting.notAChair" });
    expect(chairCapacity(MEMBER, { ...ru, coChairId: null, deputyId: null }, before(true))).toEqual({
      refusal: "acting.notAChair",
    });
  });
});
