import { describe, expect, it } from "vitest";
import { DomainError } from "~/lib/errors";
import { closeCodeFor, refusalResponse } from "~/web/access.server";

// The one access path answers with a domain error; each adapter only translates it (decision 0009).
describe("the access path's refusals, as each adapter says them", () => {
  const refusals = [
    [new DomainError("error.notFound.title", 404), 404, 4404],
    [new DomainError("error.forbidden.title", 403), 403, 4403],
    [new DomainError("meeting.notEditable", 409), 409, 4409],
  ] as const;

  for (const [error, status, closeCode] of refusals) {
    it(`${status}: the HTTP status for pages, streams and downloads, ${closeCode} for the collaboration socket`, () => {
      expect((refusalResponse(error) as Response).status).toBe(status);
      expect(closeCodeFor(error)).toBe(closeCode);
    });
  }

  it("anything that is not a refusal passes through untouched, to be reported as a server error", () => {
    const crash = new Error("disk full");
    expect(refusalResponse(crash)).toBe(crash);
    expect(closeCodeFor(crash)).toBe(4500);
  });
});
