// Routes' side of the way in to an assignment (db/commands/assignments/load.ts): a refusal becomes 404/403.
import type { AppLoadContext } from "@remix-run/node";
import { loadAssignment, type AssignmentContext } from "../../db/commands/assignments/load";
import type { User } from "../../db/schema";
import { refusalResponse } from "~/web/access.server";
import { idParam, requireUser } from "~/web/request.server";

export function assignmentFor(args: {
  request: Request;
  context: AppLoadContext;
  params: { assignmentId?: string };
}): AssignmentContext & { user: User } {
  const user = requireUser(args.request, args.context);
  const id = idParam(args.params.assignmentId);
  try {
    return { user, ...loadAssignment(args.context.services.db, user, id) };
  } catch (error) {
    throw refusalResponse(error);
  }
}
