import { describe, expect, it } from "vitest";
import { correctionSchema } from "~/lib/conference-registration/input";
import {
  changedFields,
  defaultRetentionDays,
  erasedPersonalData,
  isRetentionOver,
  mayCorrect,
  mayWithdraw,
  parseRetentionDays,
  personalDataErasedAt,
  personalFields,
} from "~/lib/conference-registration/personal-data";
import { registrationStatistics } from "~/lib/conference-registration/statistics";
import { parseForm } from "~/lib/forms";
import { canConference } from "~/lib/policy-conference";

// Decision 0027 (152-ФЗ): what of a registration is personal, when it is erased, what its registrant may do.
const at = (iso: string) => new Date(iso);
const conference = { endsAt: at("2026-04-09T10:00:00Z"), personalDataRetentionDays: 90 };

describe("152-ФЗ art. 5 п. 7: personal data is kept no longer than its purpose needs", () => {
  it("is erased the retention days after the conference ends", () => {
    expect(personalDataErasedAt(conference)).toEqual(at("2026-07-08T10:00:00Z"));
    expect(isRetentionOver(conference, at("2026-07-08T09:59:59Z"))).toBe(false);
    expect(isRetentionOver(conference, at("2026-07-08T10:00:00Z"))).toBe(true);
  });
  it("with a retention of 0 days, at the conference's end", () => {
    expect(isRetentionOver({ ...conference, personalDataRetentionDays: 0 }, conference.endsAt)).toBe(true);
  });
  it("defaults to 90 days: the outcome document, the materials and a quarter's report", () => {
    expect(defaultRetentionDays).toBe(90);
  });
  it("the organisers set a whole number of days from 0 to 365, nothing else", () => {
    expect(parseRetentionDays(" 30 ")).toBe(30);
    expect(parseRetentionDays("0")).toBe(0);
    expect(parseRetentionDays("365")).toBe(365);
    for (const bad of ["366", "-1", "1.5", "", "abc", "1e2", null, 30]) expect(parseRetentionDays(bad)).toBeNull();
  });
});

describe("152-ФЗ art. 21: erasure leaves nothing that identifies the person", () => {
  const now = at("2026-05-01T00:00:00Z");
  it("empties the name, the address and its key, the position, the organisation and the personal link", () => {
    const erased = erasedPersonalData(now);
    for (const field of personalFields) expect(erased[field]).toBe("");
    expect(erased.emailKey).toBe("");
    expect(erased.accessTokenHash).toBeNull();
    expect(erased.erasedAt).toBe(now);
  });
  it("keeps what the statistics count: country, kind of organisation, status, whether they came", () => {
    const erased = erasedPersonalData(now) as Record<string, unknown>;
    for (const kept of ["country", "organisationKind", "status", "checkedInAt"]) expect(kept in erased).toBe(false);
  });
  it("a withdrawn registration is still counted as registered, and as withdrawn", () => {
    const stats = registrationStatistics([
      { country: "KZ", organisationKind: "expert", status: "withdrawn", checkedInAt: null },
      { country: "KZ", organisationKind: "expert", status: "confirmed", checkedInAt: now },
    ]);
    expect(stats.total).toMatchObject({ registered: 2, confirmed: 1, came: 1, withdrawn: 1 });
    expect(stats.byCountry).toEqual([{ key: "KZ", registered: 2, confirmed: 1, came: 1 }]);
  });
});

describe("152-ФЗ art. 9 п. 2: the registrant corrects their details and withdraws consent themselves", () => {
  const standing = (status: "pending" | "confirmed" | "declined" | "withdrawn", erasedAt: Date | null = null) => ({
    status,
    erasedAt,
  });
  it("corrects a registration that stands (waiting or confirmed), not a declined, withdrawn or erased one", () => {
    expect(mayCorrect(standing("pending"))).toBe(true);
    expect(mayCorrect(standing("confirmed"))).toBe(true);
    expect(mayCorrect(standing("declined"))).toBe(false);
    expect(mayCorrect(standing("withdrawn"))).toBe(false);
    expect(mayCorrect(standing("confirmed", at("2026-05-01T00:00:00Z")))).toBe(false);
  });
  it("withdraws whatever the organisers decided, once, and not what is already erased", () => {
    expect(mayWithdraw(standing("pending"))).toBe(true);
    expect(mayWithdraw(standing("confirmed"))).toBe(true);
    expect(mayWithdraw(standing("declined"))).toBe(true);
    expect(mayWithdraw(standing("withdrawn"))).toBe(false);
    expect(mayWithdraw(standing("declined", at("2026-05-01T00:00:00Z")))).toBe(false);
  });
  it("a correction changes the organisation, its kind, the country and the position — never the address", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      organisation: "НАРК",
      organisationKind: "expert",
      country: "UZ",
      position: "Эксперт",
      email: "other@example.org",
      name: "Другое Имя",
    }))
      form.set(k, v);
    const parsed = parseForm(correctionSchema, form);
    expect(parsed).toEqual({
      ok: true,
      data: { organisation: "НАРК", organisationKind: "expert", country: "UZ", position: "Эксперт" },
    });
  });
  it("a correction with bad input names each field's problem", () => {
    const form = new FormData();
    form.set("organisation", " ");
    form.set("organisationKind", "bank");
    form.set("country", "FR");
    form.set("position", "x".repeat(1000));
    const parsed = parseForm(correctionSchema, form);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(Object.keys(parsed.fieldErrors).sort()).toEqual([
        "country",
        "organisation",
        "organisationKind",
        "position",
      ]);
  });
  it("the audit names the fields changed, never their values", () => {
    expect(
      changedFields({ organisation: "A", country: "RU", position: "P" }, { organisation: "B", country: "RU" }),
    ).toEqual(["organisation"]);
  });
  it("the own page is the registrant's only: not the organisers', not an administrator's, not a stranger's", () => {
    const scope = { bodyId: 1, seats: [], published: true, outcome: null };
    expect(canConference(null, "registration.own", { ...scope, participant: "pending" })).toBe(true);
    expect(canConference(null, "registration.own", { ...scope, participant: "withdrawn" })).toBe(false);
    expect(canConference(null, "registration.own", { ...scope, participant: null })).toBe(false);
    const admin = { id: 1, isAdmin: true, status: "active" as const };
    expect(canConference(admin, "registration.own", { ...scope, participant: null })).toBe(false);
    expect(
      canConference(admin, "registration.own", { ...scope, seats: [{ sideId: 1, role: "member" }], participant: null }),
    ).toBe(false);
  });
});
