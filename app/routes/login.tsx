import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { EMAIL_MAX_LENGTH } from "~/lib/text-rules";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { signIn } from "../../db/commands/sign-in";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { TextField } from "~/components/ui/Field";
import { safeRedirectPath } from "~/lib/redirect-target";
import { translatorFor, readForm } from "~/web/request.server";
import { sessionCookie } from "../../db/sessions";
import { PASSWORD_MAX_LENGTH } from "~/lib/password-rules";

export const meta: MetaFunction = () => [{ title: "Вход · Sign in" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (context.user)
    throw redirect(
      safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), context.services.config.appUrl),
    );
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const email = String(form.get("email") ?? "");
  const password = String(form.get("password") ?? "");
  if (!email.trim() || !password) return data({ error: t("login.missing"), email }, { status: 400 });
  // No account has such an address or password: answer as for a wrong one, without hashing megabytes.
  if (email.length > 254 || [...password].length > PASSWORD_MAX_LENGTH)
    return data({ error: t("login.invalid"), email: "" }, { status: 401 });
  const result = await signIn(context.services, { email, password, address: context.clientAddress });
  if (!result.ok) {
    const error =
      result.reason === "throttled"
        ? t("login.throttled", { minutes: result.retryAfterMinutes })
        : result.reason === "disabled"
          ? t("login.disabled")
          : t("login.invalid");
    return data({ error, email }, { status: result.reason === "throttled" ? 429 : 401 });
  }
  return redirect(safeRedirectPath(form.get("redirectTo"), context.services.config.appUrl), {
    headers: { "Set-Cookie": sessionCookie(result.token, result.expiresAt, context.services.config.secureCookies) },
  });
}

export default function Login() {
  const { t } = useI18n();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="narrow card">
      <h1>{t("login.title")}</h1>
      <p className="muted">{t("login.lead")}</p>
      {params.get("notice") === "signedOut" && <Notice tone="success">{t("login.signedOut")}</Notice>}
      {result?.error && <Notice tone="error">{result.error}</Notice>}
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <TextField
          label={t("field.email")}
          name="email"
          maxLength={EMAIL_MAX_LENGTH}
          type="email"
          autoComplete="username"
          required
          defaultValue={result?.email}
          autoFocus
        />
        <TextField
          label={t("field.password")}
          name="password"
          maxLength={PASSWORD_MAX_LENGTH}
          type="password"
          autoComplete="current-password"
          required
        />
        <SubmitButton pendingLabel={t("login.pending")}>{t("login.submit")}</SubmitButton>
      </Form>
      <p>
        <Link to="/forgot-password">{t("login.forgot")}</Link>
      </p>
    </div>
  );
}
