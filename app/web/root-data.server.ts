// What every page's shell needs: the reader's language and timezone, who is signed in, which menus they see.
import type { AppLoadContext } from "@remix-run/node";
import { can } from "~/lib/policy";
import { localeOf, timeZoneOf } from "./request.server";

// The dictionaries travel in the browser bundle (cached once), not in every page's data: they are most of a page.
export function rootData(request: Request, context: AppLoadContext) {
  const user = context.user;
  return {
    locale: localeOf(request, context),
    timeZone: timeZoneOf(context),
    nonce: context.cspNonce,
    user: user ? { name: user.name, email: user.email } : null,
    nav: { admin: can(user, "users.manage") },
  };
}

export type RootData = ReturnType<typeof rootData>;
