import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { tokenError } from "../../db/commands/accept-invitation";
import { lookupEmailToken } from "../../db/commands/email-tokens";
import { resetPassword } from "../../db/commands/password-reset";
import { useI18n } from "~/components/i18n";
import { NewPasswordFields } from "~/components/accounts/NewPasswordFields";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { failure, newPasswordFrom, translatorFor, readForm } from "~/web/request.server";
import { sessionCookie } from "../../db/sessions";

export const meta: MetaFunction = () => [{ title: "Новый пароль · New password" }];

export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const found = lookupEmailToken(context.services.db, "password_reset", params.token ?? "");
  if (found.state !== "valid")
    return { valid: false, message: translatorFor(request, context)(tokenError(found.state).messageKey), email: "" };
  return { valid: true, message: "", email: found.user.email };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const typed = newPasswordFrom(form, t);
  if ("mismatch" in typed)
    return data(
      { fieldErrors: { confirm: typed.mismatch } as Record<string, string>, formError: undefined },
      { status: 422 },
    );
  const { password } = typed;
  try {
    const { token, session } = await resetPassword(context.services, { token: params.token ?? "", password });
    return redirect("/?notice=passwordReset", {
      headers: { "Set-Cookie": sessionCookie(token, session.expiresAt, context.services.config.secureCookies) },
    });
  } catch (error) {
    const { body, status } = failure(error, t);
    return data({ fieldErrors: body.fieldErrors ?? {}, formError: body.formError }, { status });
  }
}

export default function ResetPassword() {
  const { t } = useI18n();
  const link = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="narrow card">
      <h1>{t("reset.title")}</h1>
      {!link.valid ? (
        <>
          <Notice tone="error">{link.message}</Notice>
          <p>
            <Link to="/forgot-password">{t("reset.again")}</Link>
          </p>
        </>
      ) : (
        <>
          {result?.formError && <Notice tone="error">{result.formError}</Notice>}
          <Form method="post" noValidate>
            <input type="email" name="email" autoComplete="username" value={link.email} readOnly hidden />
            <NewPasswordFields errors={result?.fieldErrors} />
            <SubmitButton pendingLabel={t("form.saving")}>{t("reset.submit")}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
