import { type AppLoadContext } from "@remix-run/node";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FORM_BYTES } from "./form-body.server";
import { readRequestForm } from "./request.server";

export { MAX_UPLOAD_BYTES };

type UploadForm = { form: FormData; tooLarge: false } | { form: null; tooLarge: true };

/**
 * A form that may carry a file (multipart) or not (url-encoded): the same answer shape either way. A file over
 * the limit is reported (the route says so next to its field); a body that is no form at all gets a 4xx page.
 */
export async function readAnyForm(request: Request, context: AppLoadContext): Promise<UploadForm> {
  const read = await readRequestForm(request, context, {
    maxBytes: MAX_UPLOAD_FORM_BYTES,
    maxFileBytes: MAX_UPLOAD_BYTES,
  });
  return read.fileTooLarge ? { form: null, tooLarge: true } : { form: read.form, tooLarge: false };
}

/** The uploaded file of a field, or null when none was chosen. */
export async function uploadedFile(form: FormData, field: string): Promise<{ name: string; bytes: Uint8Array } | null> {
  const value = form.get(field);
  if (!value || typeof value === "string" || value.size === 0) return null;
  return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}
