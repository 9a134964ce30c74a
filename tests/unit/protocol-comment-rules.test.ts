import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import {
  checkComment,
  COMMENT_MAX,
  decodeAnchor,
  encodeAnchor,
  QUOTE_MAX,
  quoteOf,
} from "~/lib/protocol-comment-rules";

// R13 (3.4 б): members comment on the draft, on a passage; the passage is held by two Yjs relative positions.
const doc = new Y.Doc();
const text = doc.getText("t");
text.insert(0, "Стороны договорились");
const anchor = (index: number) => encodeAnchor(Y.createRelativePositionFromTypeIndex(text, index));
const valid = { anchorStart: anchor(0), anchorEnd: anchor(7), quote: "Стороны", text: "Уточнить формулировку" };

describe("R13: a comment on a passage of the protocol draft", () => {
  it("an anchor survives the round trip through base64", () => {
    const position = decodeAnchor(anchor(8))!;
    expect(Y.createAbsolutePositionFromRelativePosition(position, doc)?.index).toBe(8);
    text.insert(0, "Обе ");
    // It follows the words: the same character, now further on.
    expect(Y.createAbsolutePositionFromRelativePosition(position, doc)?.index).toBe(12);
    text.delete(0, 4);
  });

  it.each(["", "не base64", "AAAA".repeat(100), "/////w==", "AQ"])("refuses an anchor that is not one: %j", (bad) => {
    expect(decodeAnchor(bad)).toBeNull();
    expect(checkComment({ ...valid, anchorEnd: bad })).toMatchObject({
      ok: false,
      problem: { key: "protocolEditor.comments.error.anchor" },
    });
  });

  it("a comment has text, at most 2000 characters, without hidden control characters", () => {
    expect(checkComment(valid)).toEqual({ ok: true, value: valid });
    expect(checkComment({ ...valid, text: " \n " })).toMatchObject({
      problem: { key: "protocolEditor.comments.error.empty" },
    });
    expect(checkComment({ ...valid, text: "я".repeat(COMMENT_MAX) }).ok).toBe(true);
    expect(checkComment({ ...valid, text: "я".repeat(COMMENT_MAX + 1) })).toMatchObject({
      problem: { key: "protocolEditor.comments.error.tooLong", params: { max: 2000 } },
    });
    expect(checkComment({ ...valid, text: "a\u0000b" })).toMatchObject({ problem: { key: "input.hiddenCharacters" } });
  });

  it("the quote is the passage, folded to one line and cut with an ellipsis", () => {
    expect(quoteOf("  Стороны\n\nдоговорились  ")).toBe("Стороны договорились");
    const long = quoteOf("а".repeat(QUOTE_MAX + 50));
    expect([...long]).toHaveLength(QUOTE_MAX + 1);
    expect(long.endsWith("…")).toBe(true);
    expect(checkComment({ ...valid, quote: long }).ok).toBe(true);
    expect(checkComment({ ...valid, quote: "" })).toMatchObject({
      problem: { key: "protocolEditor.comments.error.quote" },
    });
  });
});
