import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "../../db/commands/sign-out";
import { blankSessionCookie } from "../../db/sessions";
import { readForm } from "~/web/request.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  await readForm(request, context); // a body that is no form of ours is refused, and the session stays
  if (context.session && context.user) signOut(context.services, context.user.id, context.session.id);
  return redirect("/login?notice=signedOut", {
    headers: { "Set-Cookie": blankSessionCookie(context.services.config.secureCookies) },
  });
}
