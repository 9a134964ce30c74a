import { describe, expect, it } from "vitest";
import { parseId, parseIds } from "~/lib/ids";

describe("an id has one spelling", () => {
  it("plain decimal digits without a leading zero", () => {
    expect(parseId("2")).toBe(2);
    expect(parseId("42")).toBe(42);
    expect(parseId("9007199254740991")).toBe(9007199254740991);
  });

  it("every other spelling of 2 is not an id", () => {
    for (const spelling of [
      "0x2",
      "+2",
      "02",
      "2.0",
      " 2",
      "2 ",
      "2e0",
      "0b10",
      "0o2",
      "٢",
      "２",
      "2\n",
      "-2",
      "0",
      "",
    ])
      expect(parseId(spelling), JSON.stringify(spelling)).toBeNull();
  });

  it("nor is a number too large to be exact, nor anything that is not a string", () => {
    expect(parseId("9007199254740993")).toBeNull();
    expect(parseId("12345678901234567")).toBeNull();
    expect(parseId(2)).toBeNull();
    expect(parseId(null)).toBeNull();
    expect(parseId(undefined)).toBeNull();
  });

  it("a list of ids is accepted only whole", () => {
    expect(parseIds(["1", "3"])).toEqual([1, 3]);
    expect(parseIds([])).toEqual([]);
    expect(parseIds(["1", "0x3"])).toBeNull();
  });
});
