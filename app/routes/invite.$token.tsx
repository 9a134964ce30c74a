import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { textLimits } from "~/lib/text-rules";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { acceptInvitation, tokenError } from "../../db/commands/accept-invitation";
import { lookupEmailToken } from "../../db/commands/email-tokens";
import { useI18n } from "~/components/i18n";
import { NewPasswordFields } from "~/components/accounts/NewPasswordFields";
import { TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { failure, newPasswordFrom, translatorFor, readForm } from "~/web/request.server";
import { sessionCookie } from "../../db/sessions";

export const meta: MetaFunction = () => [{ title: "Приглашение · Invitation" }];

export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const found = lookupEmailToken(context.services.db, "invitation", params.token ?? "");
  if (found.state !== "valid") {
    const t = translatorFor(request, context);
    return { state: found.state, message: t(tokenError(found.state).messageKey) } as const;
  }
  return { state: "valid", email: found.user.email, name: found.user.name } as const;
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
    const { token, session } = await acceptInvitation(context.services, {
      token: params.token ?? "",
      name: String(form.get("name") ?? ""),
      password,
    });
    return redirect("/?notice=welcome", {
      headers: { "Set-Cookie": sessionCookie(token, session.expiresAt, context.services.config.secureCookies) },
    });
  } catch (error) {
    const { body, status } = failure(error, t);
    return data({ fieldErrors: body.fieldErrors ?? {}, formError: body.formError }, { status });
  }
}

export default function AcceptInvitation() {
  const { t } = useI18n();
  const invitation = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (invitation.state !== "valid") {
    return (
      <div className="narrow card">
        <h1>{t("invite.title")}</h1>
        <Notice tone="error">{invitation.message}</Notice>
        <p>{t("invite.askAgain")}</p>
      </div>
    );
  }
  return (
    <div className="narrow card">
      <h1>{t("invite.title")}</h1>
      <p>{t("invite.lead", { email: invitation.email })}</p>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <Form method="post" noValidate>
        <input type="email" name="email" autoComplete="username" value={invitation.email} readOnly hidden />
        <TextField
          label={t("field.name")}
          name="name"
          maxLength={textLimits.name}
          defaultValue={invitation.name}
          autoComplete="name"
          required
          error={result?.fieldErrors?.name}
        />
        <NewPasswordFields errors={result?.fieldErrors} />
        <SubmitButton pendingLabel={t("form.saving")}>{t("invite.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
