// The protocol of a meeting: shared words (errors, titles). Part of en.ts.
import type { protocolRu } from "./protocol.ru";

export const protocolEn: Record<keyof typeof protocolRu, string> = {
  "protocol.error.finalised": "The protocol is finalised: it can no longer be changed.",
  "protocol.title": "Minutes of the meeting",
};
