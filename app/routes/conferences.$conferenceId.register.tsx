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
import { participantCookie, participantTokenOf } from "~/web/participant-link.server";
import { personalDataErasedAt } from "~/lib/conference-registration/personal-data";
import { formatDate } from "~/lib/format";
import { failure, idParam, localeOf, readForm, translateFieldErrors, translatorFor } from "~/web/request.server";

export const links = () => [{ rel: "stylesheet", href: stylesHref }];
export const meta: MetaFunction = () => [{ title: "Регистрация · Registration" }];

/** Issue 12: the public form, readable without an account; a closed one says so and shows no inputs. */
export async function loader(args: LoaderFunctionArgs) {
  const { body, conference, registration } = conferenceFor(args, "registration.submit");
  const locale = localeOf(args.request, args.context);
  const t = translatorFor(args.request, args.context);
  const token = participantTokenOf(args.request, body.id);
  return {
    // Decision 0027: after registering, the browser holds the personal link; the thank-you page shows it (its own
    // cookie, so it shows nobody else's) for the registrant to keep.
    personalLink:
      registration?.status === "pending" && token
        ? new URL(`/conferences/${body.id}/participant/${token}`, args.context.services.config.appUrl).toString()
        : null,
    retention: t("registrant.retention", {
      date: formatDate(personalDataErasedAt(conference), locale, body.timezone),
      days: conference.personalDataRetentionDays,
    }),
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
    if (result.ok)
      return redirect(`/conferences/${conferenceId}/register?done=1`, {
        headers: {
          "Set-Cookie": participantCookie(conferenceId, result.token, context.services.config.secureCookies),
        },
      });
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
        <>
          <Notice tone="success">{t("registration.thanks.body")}</Notice>
          {page.personalLink && (
            <section className="card" aria-labelledby="personal-link">
              <h2 id="personal-link">{t("registrant.link.title")}</h2>
              <p>{t("registrant.link.body")}</p>
              <p className="mono personal-link">{page.personalLink}</p>
              <Link className="button" to={`/conferences/${page.conferenceId}/my-registration`}>
                {t("registrant.link.open")}
              </Link>
            </section>
          )}
        </>
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
            retention={page.retention}
            values={result?.values ?? {}}
            errors={(result?.fieldErrors ?? {}) as Record<string, string | undefined>}
          />
        </div>
      )}
    </div>
  );
}
