import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadActionPlanItem } from "../../db/commands/partnerships/load-item";
import { storedFileResponse } from "../../db/files/send";
import { itemHistory } from "../../db/queries/partnership-page";
import { refusalResponse } from "~/web/access.server";
import { idParam, requireUser } from "~/web/request.server";

/** A file reported on an action-plan item: for the parties' people, who read the plan (R14); 404 otherwise. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args.request, args.context);
  const { db } = args.context.services;
  let item;
  try {
    item = loadActionPlanItem(db, user, idParam(args.params.partnershipId), idParam(args.params.itemId)).item;
  } catch (error) {
    throw refusalResponse(error);
  }
  const reportId = idParam(args.params.reportId);
  const report = itemHistory(db, item.id).find((h) => h.id === reportId);
  const response = report?.fileId ? await storedFileResponse(args.context.services, report.fileId) : null;
  if (!response) throw new Response("Not Found", { status: 404 });
  return response;
}
