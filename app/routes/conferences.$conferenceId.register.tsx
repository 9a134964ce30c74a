import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { submitRegistration } from "../../db/commands/conference-registration/submit";
import { RegistrationForm, type RegistrationValues } from "~/components/conference-registration/RegistrationForm";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { bodyTitle } from "~/lib/body-rules";
import { registrationWindow } from "~/lib/conference-registration/rules";
import { conferenceFor } from "~/web/access.server";
import stylesHref from "~/styles/conference-registration.css?url";
import { participantTokenOf } from "~/web/participant-link.server";
import { failure, idParam, localeOf, readForm, translateFieldErrors, translatorFor } from "~/web/request.server";

export const links = () => [{ rel: "stylesheet", href: stylesHref }];
export const meta: MetaFunction = () => [{ title: "Регистрация · Registration" }];

/** Issue 12: the public form, readable without an account; a closed one says so and shows no inputs. */
export async function loader(args: LoaderFunctionArgs) {
  const { body, conference } = conferenceFor(args, "registration.submit");
  const locale = localeOf(args.request, args.context);
  return {
    conferenceId: body.id,
    title: bodyTitle(body, locale),
    theme: conference.theme,
    window: registrationWindow(conference, new Date()),
    consentPurpose: conference.consentPurpose,
  };
}

const fields = ["name", "organisation", "organisationKind", "country", "position", "email"] as const;

export async function action(args: ActionFunctionArgs) {
  const { request, context, params } = args;
  const t = translatorFor(request, context);
  const conferenceId = idParam(params.conferenceId);
  const form = await readForm(request, context);
  const values: RegistrationValues = Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? "")]));
  const visitor = { actor: context.user ?? null, participantToken: participantTokenOf(request, conferenceId) };
  try {
    const result = submitRegistration(context.services, visitor, conferenceId, form, context.clientAddress);
    if (result.ok) return redirect(`/conferences/${conferenceId}/register?done=1`);
    return data({ values, fieldErrors: translateFieldErrors(result.fieldErrors, t), formError: undefined }, 400);
  } catch (error) {
    const { body, status } = failure(error, t);
    if (status === 403) throw new Response("Forbidden", { status });
    return data({ values, fieldErrors: body.fieldErrors ?? {}, formError: body.formError }, status);
  }
}

export default function Register() {
  const { t } = useI18n();
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done") === "1" && !result;
  return (
    <div className="narrow">
      <p>
        <Link to={`/conferences/${page.conferenceId}`}>← {t("registration.toConference")}</Link>
      </p>
      <PageHeader title={done ? t("registration.thanks.title") : t("registration.title")} lead={page.title} />
      {done ? (
        <Notice tone="success">{t("registration.thanks.body")}</Notice>
      ) : page.window !== "open" ? (
        <Notice tone="info">
          {t(page.window === "closed" ? "registration.window.closed" : "registration.window.notOpened")}
        </Notice>
      ) : (
        <div className="card">
          <p className="muted">{t("registration.lead")}</p>
          {result?.formError && <Notice tone="error">{result.formError}</Notice>}
          <RegistrationForm
            consentPurpose={page.consentPurpose}
            values={result?.values ?? {}}
            errors={(result?.fieldErrors ?? {}) as Record<string, string | undefined>}
          />
        </div>
      )}
    </div>
  );
}
