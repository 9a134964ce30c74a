import type { AppLoadContext } from "@remix-run/node";
import type { Body, User } from "../../db/schema";
import { bodyScope, findBody } from "../../db/queries/bodies";
import { can, type BodyScope } from "./policy";
import { idParam, requireUser } from "./request.server";

export interface BodyAccess {
  user: User;
  body: Body;
  scope: BodyScope;
}

const notFound = () => new Response("Not Found", { status: 404 });

/**
 * The body named in the URL, if the signed-in user may read it. Anyone else gets 404, exactly as for a
 * body that does not exist, so a body's existence is never revealed to strangers.
 */
export function requireBodyAccess(
  request: Request,
  context: AppLoadContext,
  bodyIdParam: string | undefined,
): BodyAccess {
  const user = requireUser(request, context);
  const body = findBody(context.services.db, idParam(bodyIdParam));
  if (!body) throw notFound();
  const scope = bodyScope(context.services.db, user.id, body.id);
  if (!can(user, "body.read", scope)) throw notFound();
  return { user, body, scope };
}
