import type { LoaderFunctionArgs } from "@remix-run/node";
import { storedFileResponse } from "../../db/files/send";
import { bodyFor } from "~/web/access.server";

/** The regulation document, for every member of the body (R14), as an attachment with a safe name. */
export async function loader(args: LoaderFunctionArgs) {
  const { body } = bodyFor(args, "body.read");
  const response = await storedFileResponse(args.context.services, body.regulationFileId);
  if (!response) throw new Response("Not Found", { status: 404 });
  return response;
}
