// Exporting, verifying and circulating protocols (issue 10). Part of en.ts.
import type { protocolExportRu } from "./protocol-export.ru";

export const protocolExportEn: Record<keyof typeof protocolExportRu, string> = {};
