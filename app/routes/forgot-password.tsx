import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { EMAIL_MAX_LENGTH } from "~/lib/text-rules";
import { Form, Link, useActionData } from "@remix-run/react";
import { requestPasswordReset } from "../../db/commands/password-reset";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { emailField, parseForm } from "~/lib/forms";
import { z } from "zod";
import { localeOf, translatorFor, readForm } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Восстановление пароля · Password reset" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const t = translatorFor(request, context);
  const parsed = parseForm(z.object({ email: emailField }), await readForm(request, context));
  if (!parsed.ok)
    return data({ sent: false, error: t(parsed.fieldErrors.email ?? "field.emailInvalid") }, { status: 422 });
  requestPasswordReset(context.services, { email: parsed.data.email, locale: localeOf(request, context) });
  // The same answer whether or not the address has an account.
  return { sent: true, error: undefined };
}

export default function ForgotPassword() {
  const { t } = useI18n();
  const result = useActionData<typeof action>();
  return (
    <div className="narrow card">
      <h1>{t("reset.requestTitle")}</h1>
      {result?.sent ? (
        <Notice tone="success">{t("reset.sent")}</Notice>
      ) : (
        <>
          <p className="muted">{t("reset.requestLead")}</p>
          <Form method="post" noValidate>
            <TextField
              label={t("field.email")}
              name="email"
              maxLength={EMAIL_MAX_LENGTH}
              type="email"
              autoComplete="email"
              required
              error={result?.error}
            />
            <SubmitButton pendingLabel={t("form.sending")}>{t("reset.requestSubmit")}</SubmitButton>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t("reset.backToLogin")}</Link>
      </p>
    </div>
  );
}
