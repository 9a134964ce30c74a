import busboy from "busboy";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** A form without files: ample for the longest text form, percent-encoded Cyrillic included (6 bytes a letter). */
export const MAX_FORM_BYTES = 1024 * 1024;
/** One uploaded file. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** The whole body of a form that takes a file: room for one file past its limit (refused kindly) and the fields. */
export const MAX_UPLOAD_FORM_BYTES = 2 * MAX_UPLOAD_BYTES;
/** One text field; longer ones are refused before any rule sees them. */
export const MAX_FIELD_BYTES = 256 * 1024;

export type FormRefusal = "tooLarge" | "unsupportedType" | "malformed" | "invalidCharacters";

export const refusalStatus: Record<FormRefusal, number> = {
  tooLarge: 413,
  unsupportedType: 415,
  malformed: 400,
  invalidCharacters: 400,
};

/** Why a request body was not read as a form; the reader stops at the first problem. */
export class FormRefused extends Error {
  constructor(readonly reason: FormRefusal) {
    super(`form refused: ${reason}`);
  }
}

export interface FormLimits {
  /** The whole body, counted as it streams. */
  maxBytes: number;
  /** Files accepted, each up to this size; absent: a file part is refused. */
  maxFileBytes?: number;
}

export interface ReadForm {
  form: FormData;
  /** A file went past `maxFileBytes`: it is left out, and the route says so next to its field. */
  fileTooLarge: boolean;
}

/**
 * Reads a form body (url-encoded, or multipart when the route takes files) while counting its bytes, so a body
 * with no Content-Length (chunked) is stopped at the limit too. Past the limit it stops reading without
 * cancelling the stream: cancelling would destroy the socket before the 413 could be sent; the server closes
 * the connection after answering instead (see `boundedBody` in server/http/body-limit.ts).
 */
export async function readFormBody(request: Request, limits: FormLimits): Promise<ReadForm> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const mediaType = type.split(";")[0]!.trim();
  // A url-encoded body never carries a file: it gets the small limit even on a route that takes uploads.
  if (mediaType === "application/x-www-form-urlencoded")
    return { form: await readUrlEncoded(request, Math.min(limits.maxBytes, MAX_FORM_BYTES)), fileTooLarge: false };
  if (mediaType === "multipart/form-data") return readMultipart(request, limits);
  if (mediaType === "" && request.headers.get("content-length") === "0")
    return { form: new FormData(), fileTooLarge: false };
  throw new FormRefused("unsupportedType");
}

async function* limitedChunks(request: Request, maxBytes: number): AsyncGenerator<Uint8Array> {
  if (!request.body) return;
  const reader = request.body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
      if (total > maxBytes) throw new FormRefused("tooLarge");
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function checkedField(value: string): string {
  if (Buffer.byteLength(value) > MAX_FIELD_BYTES) throw new FormRefused("tooLarge");
  // NUL has no place in any text a person types; refusing it here keeps it out of every table.
  if (value.includes("\u0000")) throw new FormRefused("invalidCharacters");
  return value;
}

async function readUrlEncoded(request: Request, maxBytes: number): Promise<FormData> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of limitedChunks(request, maxBytes)) chunks.push(chunk);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new FormRefused("malformed");
  }
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(text)) form.append(checkedField(name), checkedField(value));
  return form;
}

async function readMultipart(request: Request, limits: FormLimits): Promise<ReadForm> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      // Browsers send file names as raw UTF-8 («Протокол; v2.pdf»), not in the RFC 2231 form.
      defParamCharset: "utf8",
      limits: {
        fieldSize: MAX_FIELD_BYTES,
        fields: 200,
        files: limits.maxFileBytes === undefined ? 0 : 5,
        parts: 205,
        fileSize: limits.maxFileBytes ?? 0,
      },
    });
  } catch {
    throw new FormRefused("malformed"); // no boundary, or not multipart at all
  }
  const form = new FormData();
  const files: Promise<void>[] = [];
  let fileTooLarge = false;
  let refusal: FormRefused | null = null;
  const refuse = (reason: FormRefusal) => {
    refusal ??= new FormRefused(reason);
    parser.destroy(refusal);
  };
  parser.on("field", (name, value, info) => {
    if (info.nameTruncated || info.valueTruncated) return refuse("tooLarge");
    try {
      form.append(checkedField(name), checkedField(value));
    } catch (error) {
      refuse((error as FormRefused).reason);
    }
  });
  parser.on("file", (name, stream, info) => {
    const chunks: Buffer[] = [];
    let truncated = false;
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("limit", () => {
      truncated = true;
      fileTooLarge = true;
      chunks.length = 0;
    });
    files.push(
      new Promise((resolve) =>
        stream.on("close", () => {
          if (!truncated)
            form.append(
              name,
              new File([new Uint8Array(Buffer.concat(chunks))], info.filename ?? "", { type: info.mimeType }),
            );
          resolve();
        }),
      ),
    );
  });
  parser.on("filesLimit", () => refuse(limits.maxFileBytes === undefined ? "malformed" : "tooLarge"));
  parser.on("fieldsLimit", () => refuse("tooLarge"));
  parser.on("partsLimit", () => refuse("tooLarge"));
  try {
    await pipeline(Readable.from(limitedChunks(request, limits.maxBytes)), parser);
  } catch (error) {
    if (refusal) throw refusal;
    if (error instanceof FormRefused) throw error;
    throw new FormRefused("malformed"); // a cut or garbled body: busboy says "Unexpected end of form" and the like
  }
  if (refusal) throw refusal;
  await Promise.all(files);
  return { form, fileTooLarge };
}
