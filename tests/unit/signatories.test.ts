import { describe, expect, it } from "vitest";
import { signatoriesOf, type RollSideForSigning } from "~/lib/signatories";
import { demoSources, KZ, RU } from "../support/protocol-demo";

// Meeting № 1 of the demo group: the RU co-chair (101) presided; the KZ co-chair (201) was absent and the KZ deputy
// (202) acted for him; the secretaries are 103 (RU) and 203 (KZ).
const source = demoSources();
const sides = source.sides.map((s) => ({ id: s.id, name: s.name }));
const roll: RollSideForSigning[] = source.sides.map((s) => ({ sideId: s.id, seats: s.seats }));
const withPresence = (sideId: number, userId: number, presence: string | null) =>
  roll.map((side) =>
    side.sideId !== sideId
      ? side
      : { ...side, seats: side.seats.map((s) => (s.userId === userId ? { ...s, presence } : s)) },
  );

describe("R11 (3.10), R5: who signs the protocol", () => {
  it("by default, for every side the co-chair and the responsible secretary; the KZ deputy who acted signs as acting chair", () => {
    expect(signatoriesOf("chairs_and_secretaries", sides, roll)).toEqual([
      { userId: 101, name: "Миронова О. С.", sideId: RU, sideName: "Российская Федерация", capacity: "co_chair" },
      { userId: 103, name: "Кузнецова Е. Н.", sideId: RU, sideName: "Российская Федерация", capacity: "secretary" },
      { userId: 202, name: "Жумабаева А. М.", sideId: KZ, sideName: "Республика Казахстан", capacity: "acting_chair" },
      { userId: 203, name: "Омарова Д. С.", sideId: KZ, sideName: "Республика Казахстан", capacity: "secretary" },
    ]);
  });

  it("R5 (3.6): a co-chair present at the session signs, not the deputy who was there too", () => {
    const kz = signatoriesOf("chairs_and_secretaries", sides, withPresence(KZ, 201, "in_person"));
    expect(kz.filter((s) => s.sideId === KZ).map((s) => [s.userId, s.capacity])).toEqual([
      [201, "co_chair"],
      [203, "secretary"],
    ]);
  });

  it("the body's setting chairs_only: the co-chairs (or acting deputies) alone", () => {
    expect(signatoriesOf("chairs_only", sides, roll).map((s) => [s.userId, s.capacity])).toEqual([
      [101, "co_chair"],
      [202, "acting_chair"],
    ]);
  });

  it("R5: with neither the co-chair nor the deputy at the session, the seated co-chair signs for the side", () => {
    const nobody = withPresence(KZ, 202, null);
    expect(signatoriesOf("chairs_only", sides, nobody).find((s) => s.sideId === KZ)).toMatchObject({
      userId: 201,
      capacity: "co_chair",
    });
  });

  it("a side without a secretary seated has only its chair to sign", () => {
    const noSecretary = roll.map((side) =>
      side.sideId === RU ? { ...side, seats: side.seats.filter((s) => s.role !== "secretary") } : side,
    );
    expect(signatoriesOf("chairs_and_secretaries", sides, noSecretary).filter((s) => s.sideId === RU)).toHaveLength(1);
  });
});
