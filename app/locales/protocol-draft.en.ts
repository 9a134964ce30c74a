// The generated protocol draft, its refresh and its named versions. Part of en.ts.
import type { protocolDraftRu } from "./protocol-draft.ru";

export const protocolDraftEn: Record<keyof typeof protocolDraftRu, string> = {
  "protocolDraft.refresh": "Refresh the generated parts",
};
