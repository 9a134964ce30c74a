import type { LoaderFunctionArgs } from "@remix-run/node";
import { storedFileResponse } from "../../db/files/send";
import { originalFileOf } from "../../db/library/editions";
import { readerOf } from "../../db/library/read";
import { refusalResponse } from "~/web/access.server";
import { idParam } from "~/web/request.server";

/** An edition's original file, for whoever reads the document (the same access path as its page); 404 otherwise. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const { db } = context.services;
  let fileId: number;
  try {
    fileId = originalFileOf(db, readerOf(db, context.user ?? null), idParam(params.documentId), idParam(params.fileId));
  } catch (error) {
    throw refusalResponse(error);
  }
  const response = await storedFileResponse(context.services, fileId);
  if (!response) throw new Response("Not Found", { status: 404 });
  return response;
}
