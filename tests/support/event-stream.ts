import { expect } from "vitest";
import type { TestClient } from "./http";

export interface EventFrame {
  event: string;
  data: string;
}

/** A server-sent event stream read frame by frame with the stream's own reader: no polling, no sleeping. */
export async function openEventStream(client: TestClient, path: string) {
  const response = await client.get(path, { accept: "text/event-stream" });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let done = false;

  /** The next event, or null once the server has ended the stream. Comment frames (keep-alive) are skipped. */
  async function next(): Promise<EventFrame | null> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const lines = buffer.slice(0, end).split("\n");
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          lines
            .find((l) => l.startsWith(`${name}:`))
            ?.slice(name.length + 1)
            .trim() ?? null;
        if (field("event") === null && field("data") === null) continue;
        return { event: field("event") ?? "message", data: field("data") ?? "" };
      }
      if (done) return null;
      const chunk = await reader.read();
      if (chunk.done) done = true;
      else buffer += decoder.decode(chunk.value, { stream: true });
    }
  }

  /** Every event until the server ends the stream (the promise settles when it does). */
  async function untilEnd(): Promise<EventFrame[]> {
    const frames: EventFrame[] = [];
    for (let frame = await next(); frame; frame = await next()) frames.push(frame);
    return frames;
  }

  return { next, untilEnd, close: () => reader.cancel() };
}
