import fs from "node:fs/promises";
import type { Services } from "../../app/context";
import { attachmentHeaders } from "./download";
import { filePath } from "./store";
import { findFile } from "./find";

/**
 * A stored file as a download response, or null when there is none. Who may have it is decided before,
 * on the one access path: the caller passes only a file the reader may see.
 */
export async function storedFileResponse(services: Services, fileId: number | null): Promise<Response | null> {
  const file = fileId ? findFile(services.db, fileId) : null;
  if (!file) return null;
  const bytes = await fs.readFile(filePath(services, file.sha256));
  return new Response(bytes, { headers: attachmentHeaders(file.originalName, file.contentType, bytes.length) });
}
