import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "../../db/commands/sign-out";
import { blankSessionCookie } from "../../db/sessions";

export async function loader() {
  return redirect("/");
}

export async function action({ context }: ActionFunctionArgs) {
  if (context.session && context.user) signOut(context.services, context.user.id, context.session.id);
  return redirect("/login?notice=signedOut", {
    headers: { "Set-Cookie": blankSessionCookie(context.services.config.secureCookies) },
  });
}
