import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { correctOwnRegistration, withdrawOwnRegistration } from "../../db/commands/conference-registration/own";
import {
  CorrectionForm,
  WithdrawForm,
  type CorrectionValues,
} from "~/components/conference-registration/OwnRegistration";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { countryName } from "~/lib/countries";
import stylesHref from "~/styles/conference-registration.css?url";
import { ownRegistrationPage, visitorOf } from "~/web/own-registration.server";
import { clearedParticipantCookie } from "~/web/participant-link.server";
import { failure, idParam, readForm, translateFieldErrors, translatorFor } from "~/web/request.server";

export const links = () => [{ rel: "stylesheet", href: stylesHref }];
export const meta: MetaFunction = () => [{ title: "Моя регистрация · My registration" }];

/**
 * Decision 0027: the registrant's own page, by their personal link (cookie) or signed in with the registration's
 * address; anyone else, a 404. After a withdrawal there is nothing of theirs left to show: the page says so.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const withdrawn = new URL(request.url).searchParams.get("withdrawn") === "1";
  try {
    return { withdrawn: false as const, ...ownRegistrationPage(request, context, params.conferenceId) };
  } catch (refusal) {
    if (withdrawn && refusal instanceof Response && refusal.status === 404)
      return { withdrawn: true as const, conferenceId: idParam(params.conferenceId) };
    throw refusal;
  }
}

const fields = ["organisation", "organisationKind", "country", "position"] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const t = translatorFor(request, context);
  const conferenceId = idParam(params.conferenceId);
  const form = await readForm(request, context);
  const visitor = visitorOf(request, context, conferenceId);
  const values: CorrectionValues = Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? "")]));
  try {
    if (form.get("intent") === "withdraw") {
      withdrawOwnRegistration(context.services, visitor, conferenceId);
      return redirect(`/conferences/${conferenceId}/my-registration?withdrawn=1`, {
        headers: { "Set-Cookie": clearedParticipantCookie(conferenceId, context.services.config.secureCookies) },
      });
    }
    if (form.get("intent") !== "correct") throw new Response("Bad Request", { status: 400 });
    const result = correctOwnRegistration(context.services, visitor, conferenceId, form);
    if (!result.ok)
      return data({ values, fieldErrors: translateFieldErrors(result.fieldErrors, t), formError: undefined }, 400);
    return redirect(`/conferences/${conferenceId}/my-registration?notice=${result.changed.length ? "saved" : "same"}`);
  } catch (error) {
    if (error instanceof Response) throw error;
    const { body, status } = failure(error, t);
    if (status === 404 || status === 403) throw new Response("Not Found", { status: 404 });
    return data({ values, fieldErrors: body.fieldErrors ?? {}, formError: body.formError }, status);
  }
}

export default function MyRegistration() {
  const { t, locale } = useI18n();
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const back = (
    <p>
      <Link to={`/conferences/${page.conferenceId}`}>← {t("registration.toConference")}</Link>
    </p>
  );
  if (page.withdrawn)
    return (
      <div className="narrow">
        {back}
        <PageHeader title={t("registrant.withdrawn.title")} />
        <Notice tone="success">{t("registrant.withdrawn.body")}</Notice>
      </div>
    );
  const r = page.registration;
  const notice = { saved: "registrant.corrected", same: "registrant.unchanged" } as const;
  const shown = notice[params.get("notice") as keyof typeof notice];
  return (
    <div className="narrow">
      {back}
      <PageHeader title={t("registrant.title")} lead={page.title} />
      {shown && !result && <Notice tone="success">{t(shown)}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <section className="card" aria-labelledby="state">
        <h2 id="state">{t("registrant.state")}</h2>
        <p>
          <span className="badge">{t(`registration.status.${r.status}`)}</span>{" "}
          {r.status !== "withdrawn" && t(`registrant.state.${r.status}`)}
        </p>
        <p className="muted">{t("registrant.registeredAt", { when: r.registeredAt })}</p>
        {r.checkedInAt && <p>{t("registrant.checkedIn", { when: r.checkedInAt })}</p>}
        <p className="muted">{t("registrant.retention", page.retention)}</p>
      </section>
      <section className="card" aria-labelledby="details">
        <h2 id="details">{t("registrant.details")}</h2>
        <dl className="registrant-details">
          <dt>{t("registration.field.name")}</dt>
          <dd>{r.name}</dd>
          <dt>{t("registration.field.email")}</dt>
          <dd className="mono">{r.email}</dd>
          <dt>{t("registration.field.organisation")}</dt>
          <dd>{r.organisation}</dd>
          <dt>{t("registration.field.kind")}</dt>
          <dd>{t(`registration.kind.${r.organisationKind}`)}</dd>
          <dt>{t("registration.field.country")}</dt>
          <dd>{countryName(r.country, locale)}</dd>
          <dt>{t("registration.field.position")}</dt>
          <dd>{r.position}</dd>
        </dl>
        <p className="muted">{t("registrant.emailFixed")}</p>
      </section>
      {page.mayCorrect && (
        <section className="card" aria-labelledby="correct">
          <h2 id="correct">{t("registrant.correct")}</h2>
          <CorrectionForm
            registration={r}
            values={result?.values}
            errors={(result?.fieldErrors ?? {}) as Record<string, string | undefined>}
          />
        </section>
      )}
      <section className="card" aria-labelledby="withdraw">
        <h2 id="withdraw">{t("registrant.withdraw")}</h2>
        <WithdrawForm />
      </section>
    </div>
  );
}
