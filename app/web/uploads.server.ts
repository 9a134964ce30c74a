import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";

import { MAX_UPLOAD_BYTES } from "../../db/files/types";

/** A multipart form with its files in memory; a file over the limit is reported, not crashed on. */
export async function readMultipartForm(
  request: Request,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<{ form: FormData; tooLarge: false } | { form: null; tooLarge: true }> {
  try {
    const form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: maxBytes }),
    );
    return { form, tooLarge: false };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { form: null, tooLarge: true };
    throw error;
  }
}

/** The uploaded file of a field, or null when none was chosen. */
export async function uploadedFile(form: FormData, field: string): Promise<{ name: string; bytes: Uint8Array } | null> {
  const value = form.get(field);
  if (!value || typeof value === "string" || value.size === 0) return null;
  return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}

/** A form that may carry a file (multipart) or not (url-encoded): the same answer shape either way. */
export async function readAnyForm(
  request: Request,
): Promise<{ form: FormData; tooLarge: false } | { form: null; tooLarge: true }> {
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return readMultipartForm(request);
  return { form: await request.formData(), tooLarge: false };
}
