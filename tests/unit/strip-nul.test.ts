import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { stripNulBytes, withoutNulBytes } from "~/lib/strip-nul.server";

describe("the rendered HTML carries no NUL bytes (React 18.3 leaks them at 2 KB chunk ends)", () => {
  it("drops the zero bytes between the halves of a split Cyrillic word, and changes nothing else", async () => {
    // "Воп" + a leaked zero byte at a chunk's end + "рос" in the next chunk, as seen on a real page.
    const chunks = [
      Buffer.concat([Buffer.from("Причина: Воп"), Buffer.from([0])]),
      Buffer.from("рос — «решён»."),
      Buffer.from("без нулей"),
    ];
    expect(await text(Readable.from(chunks).pipe(stripNulBytes()))).toBe("Причина: Вопрос — «решён».без нулей");
  });

  it("passes chunks without zero bytes through untouched", async () => {
    const bytes = Buffer.from("Заседание № 2 · 30 ноября 2026 г.");
    const out: Buffer[] = [];
    const stream = Readable.from([bytes]).pipe(stripNulBytes());
    for await (const chunk of stream) out.push(chunk as Buffer);
    expect(Buffer.concat(out).equals(bytes)).toBe(true);
  });

  it("cleans a whole rendered page at once, and returns a clean page as it is", () => {
    const page = Buffer.concat([Buffer.from("<p>Воп"), Buffer.from([0, 0]), Buffer.from("рос</p>")]);
    expect(withoutNulBytes(page).toString("utf8")).toBe("<p>Вопрос</p>");
    const clean = Buffer.from("<p>Вопрос</p>");
    expect(withoutNulBytes(clean)).toBe(clean);
  });
});
