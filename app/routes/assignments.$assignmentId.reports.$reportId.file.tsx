import type { LoaderFunctionArgs } from "@remix-run/node";
import { storedFileResponse } from "../../db/files/send";
import { historyOf } from "../../db/queries/assignments";
import { assignmentFor } from "~/web/assignments.server";
import { idParam } from "~/web/request.server";

/** A file reported on an assignment: for everyone who reads the body (R14); 404 otherwise. */
export async function loader(args: LoaderFunctionArgs) {
  const { assignment } = assignmentFor(args);
  const reportId = idParam(args.params.reportId);
  const report = historyOf(args.context.services.db, assignment.id).find((h) => h.id === reportId);
  const response = report?.fileId ? await storedFileResponse(args.context.services, report.fileId) : null;
  if (!response) throw new Response("Not Found", { status: 404 });
  return response;
}
