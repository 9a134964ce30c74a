import { describe, expect, it } from "vitest";
import { parseDetailsForm, parseEditionForm } from "~/lib/library/curation-input";
import { mayChangeStatus, statusChangeProblem, type EditionFacts } from "~/lib/library/edition-status";

const now = new Date("2026-06-10T12:00:00Z");
const draft = (extra: Partial<EditionFacts> = {}): EditionFacts => ({
  number: 2,
  status: "draft",
  amendmentsUntil: null,
  undecided: 0,
  ...extra,
});
const adopt = { to: "adopted" as const, adoptedOn: "2026-06-01", adoptionReference: "решение № 3 от 01.06.2026" };
const supersede = { to: "superseded" as const, supersededOn: "2026-06-10" };

describe("issue 11, edition status: a draft is adopted, an adopted edition is superseded, nothing goes back", () => {
  it("the only transitions are draft → adopted and adopted → superseded", () => {
    const statuses = ["draft", "adopted", "superseded"] as const;
    const legal = statuses.flatMap((from) =>
      statuses.filter((to) => mayChangeStatus(from, to)).map((to) => `${from}→${to}`),
    );
    expect(legal).toEqual(["draft→adopted", "adopted→superseded"]);
  });

  it("a draft with its act and day is adopted; an adopted edition is marked superseded", () => {
    expect(statusChangeProblem(draft(), adopt, 1, now)).toBeNull();
    expect(statusChangeProblem(draft({ status: "adopted" }), supersede, 2, now)).toBeNull();
  });

  it("illegal transitions are refused, naming the edition", () => {
    for (const [edition, change] of [
      [draft({ status: "adopted" }), adopt],
      [draft({ status: "superseded" }), adopt],
      [draft(), supersede],
      [draft({ status: "superseded" }), supersede],
    ] as const)
      expect(statusChangeProblem(edition, change, null, now)).toMatchObject({
        key: "libraryCuration.status.error.illegal",
        params: { n: 2 },
      });
  });

  it("decision 18: a draft open for amendments is not adopted until they are closed and all decided", () => {
    const open = draft({ amendmentsUntil: new Date("2026-06-11T00:00:00Z") });
    expect(statusChangeProblem(open, adopt, 1, now)?.key).toBe("libraryCuration.status.error.amendmentsOpen");
    const closed = draft({ amendmentsUntil: new Date("2026-06-10T00:00:00Z"), undecided: 2 });
    expect(statusChangeProblem(closed, adopt, 1, now)).toEqual({
      key: "libraryCuration.status.error.amendmentsUndecided",
      params: { n: 2 },
    });
    expect(statusChangeProblem({ ...closed, undecided: 0 }, adopt, 1, now)).toBeNull();
  });

  it("a draft older than the edition in force is not adopted over it", () => {
    expect(statusChangeProblem(draft({ number: 1 }), adopt, 2, now)).toMatchObject({
      key: "libraryCuration.status.error.olderThanInForce",
      params: { n: 1, inForce: 2 },
    });
  });

  it("an adoption names its act and a real day; losing force names a real day", () => {
    expect(statusChangeProblem(draft(), { ...adopt, adoptionReference: " " }, 1, now)).toMatchObject({
      field: "adoptionReference",
    });
    expect(statusChangeProblem(draft(), { ...adopt, adoptionReference: "№ 1".repeat(200) }, 1, now)).toMatchObject({
      key: "input.tooLong.title",
      field: "adoptionReference",
    });
    expect(statusChangeProblem(draft(), { ...adopt, adoptedOn: "" }, 1, now)?.key).toBe(
      "libraryCuration.error.dateRequired",
    );
    expect(statusChangeProblem(draft(), { ...adopt, adoptedOn: "2026-02-30" }, 1, now)?.key).toBe(
      "libraryEditions.add.error.date",
    );
    expect(
      statusChangeProblem(draft({ status: "adopted" }), { ...supersede, supersededOn: "10.06.2026" }, 2, now),
    ).toMatchObject({ field: "supersededOn" });
  });
});

describe("the curation forms", () => {
  const getter = (values: Record<string, string>) => (name: string) => values[name] ?? "";

  it("a new edition: a draft needs only its text; an adopted one its act and day too", () => {
    expect(parseEditionForm(getter({ status: "draft", text: "1. Цель" }), false)).toMatchObject({
      ok: true,
      fields: { status: "draft", adoptedOn: null, adoptionReference: "", pasted: "1. Цель" },
    });
    expect(parseEditionForm(getter({ status: "adopted", text: "Текст" }), false)).toEqual({
      ok: false,
      errors: { adoptionReference: "libraryCuration.error.referenceRequired" },
    });
    expect(parseEditionForm(getter({ status: "adopted", adoptionReference: "решение № 1" }), true)).toMatchObject({
      ok: false,
      errors: { adoptedOn: "libraryCuration.error.dateRequired" },
    });
    expect(parseEditionForm(getter({ status: "draft" }), false)).toMatchObject({
      errors: { file: "libraryEditions.add.error.noText" },
    });
    expect(parseEditionForm(getter({ status: "void", text: "Текст" }), false)).toMatchObject({
      errors: { status: "libraryEditions.add.error.status" },
    });
  });

  it("the details: a title is required, «members of the body» only for a document of a body", () => {
    const form = { title: "Рекомендации", visibility: "body", language: "ru" };
    const none = () => [];
    expect(parseDetailsForm(getter(form), none, true).ok).toBe(true);
    expect(parseDetailsForm(getter(form), none, false)).toEqual({
      ok: false,
      errors: { visibility: "libraryCuration.details.error.noBody" },
    });
    expect(parseDetailsForm(getter({ ...form, title: "  " }), none, true)).toEqual({
      ok: false,
      errors: { title: "field.required" },
    });
    expect(parseDetailsForm(getter(form), () => ["XX"], true)).toMatchObject({
      errors: { countries: "libraryEditions.add.error.countries" },
    });
  });
});
