import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { setPreferredLocale } from "../../db/commands/profile";
import { isLocale } from "~/lib/i18n-core";
import { LOCALE_COOKIE, readForm } from "~/web/request.server";
import { safeRedirectPath } from "~/lib/redirect-target";

export async function loader() {
  return redirect("/");
}

/** The language switcher: remembered in a cookie, and in the profile of a signed-in user. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request, context);
  const locale = form.get("locale");
  const back = safeRedirectPath(form.get("redirectTo"), context.services.config.appUrl);
  if (!isLocale(locale)) return redirect(back);
  if (context.user) setPreferredLocale(context.services, context.user, locale);
  const secure = context.services.config.secureCookies ? "; Secure" : "";
  return redirect(back, {
    headers: { "Set-Cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}` },
  });
}
