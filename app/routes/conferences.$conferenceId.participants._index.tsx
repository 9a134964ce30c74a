import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import {
  closeRegistration,
  confirmRegistration,
  declineRegistration,
  openRegistration,
} from "../../db/commands/conference-registration/decide";
import { registrationsOf } from "../../db/queries/conference-registrations";
import { ParticipantsTable } from "~/components/conference-registration/ParticipantsTable";
import { RegistrationNav } from "~/components/conference-registration/RegistrationNav";
import { RegistrationWindowCard } from "~/components/conference-registration/RegistrationWindowCard";
import { useI18n } from "~/components/i18n";
import { SelectField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { bodyTitle } from "~/lib/body-rules";
import { registrationStatuses, type RegistrationStatus } from "~/lib/conference-kinds";
import { registrationWindow } from "~/lib/conference-registration/rules";
import { parseForm, textField } from "~/lib/forms";
import { can } from "~/lib/policy";
import { conferenceFor } from "~/web/access.server";
import stylesHref from "~/styles/conference-registration.css?url";
import { failure, formId, localeOf, readForm, translateFieldErrors, translatorFor } from "~/web/request.server";

export const links = () => [{ rel: "stylesheet", href: stylesHref }];
export const meta: MetaFunction = () => [{ title: "Участники · Participants" }];

const statusOf = (value: string | null): RegistrationStatus | null =>
  (registrationStatuses as readonly string[]).includes(value ?? "") ? (value as RegistrationStatus) : null;

/** Issue 12: the registrations, filtered by status; the organisers decide on each and open or close the form. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, body, conference, scope } = conferenceFor(args, "participants.read");
  const status = statusOf(new URL(args.request.url).searchParams.get("status"));
  const rows = registrationsOf(args.context.services.db, body.id, { status }).map((r) => ({
    id: r.id,
    name: r.name,
    organisation: r.organisation,
    organisationKind: r.organisationKind,
    country: r.country,
    position: r.position,
    email: r.email,
    status: r.status,
    checkedIn: r.checkedInAt !== null,
    erased: r.erasedAt !== null,
  }));
  return {
    conferenceId: body.id,
    title: bodyTitle(body, localeOf(args.request, args.context)),
    status,
    rows,
    window: registrationWindow(conference, new Date()),
    mayManage: can(user, "registration.manage", scope),
  };
}

const reasonSchema = z.object({ reason: textField("shortText").default("") });

export async function action(args: ActionFunctionArgs) {
  const { request, context } = args;
  const { user, body } = conferenceFor(args, "registration.manage");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent"));
  try {
    if (intent === "open" || intent === "close") {
      (intent === "open" ? openRegistration : closeRegistration)(context.services, user!, body.id);
      return redirect(`?notice=${intent === "open" ? "opened" : "closed"}`);
    }
    if (intent === "confirm") {
      confirmRegistration(context.services, user!, body.id, formId(form, "registrationId"));
      return redirect(`?notice=confirmed`);
    }
    if (intent === "decline") {
      const registrationId = formId(form, "registrationId");
      const parsed = parseForm(reasonSchema, form);
      if (!parsed.ok) return data({ formError: Object.values(translateFieldErrors(parsed.fieldErrors, t))[0] }, 400);
      declineRegistration(context.services, user!, body.id, registrationId, parsed.data.reason);
      return redirect(`?notice=declined`);
    }
    return data({ formError: t("field.invalid") }, 400);
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    return data({ formError: problem.formError ?? Object.values(problem.fieldErrors ?? {})[0] }, status);
  }
}

const notices = {
  confirmed: "registration.participants.notice.confirmed",
  declined: "registration.participants.notice.declined",
  opened: "registration.participants.notice.opened",
  closed: "registration.participants.notice.closed",
} as const;

export default function Participants() {
  const { t } = useI18n();
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = notices[params.get("notice") as keyof typeof notices];
  return (
    <>
      <p>
        <Link to={`/conferences/${page.conferenceId}`}>← {page.title}</Link>
      </p>
      <PageHeader
        title={t("registration.participants.title")}
        lead={t("registration.participants.count", { n: page.rows.length })}
        actions={
          <a
            className="button button--quiet"
            href={`/conferences/${page.conferenceId}/participants.csv${page.status ? `?status=${page.status}` : ""}`}
            download
          >
            {t("registration.participants.exportCsv")}
          </a>
        }
      />
      <RegistrationNav conferenceId={page.conferenceId} />
      {notice && !result && <Notice tone="success">{t(notice)}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <RegistrationWindowCard conferenceId={page.conferenceId} window={page.window} mayManage={page.mayManage} />
      <Form method="get" className="search-row registration-filter">
        <SelectField label={t("registration.participants.filter")} name="status" defaultValue={page.status ?? ""}>
          <option value="">{t("registration.participants.all")}</option>
          {registrationStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`registration.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--quiet">
          {t("registration.participants.apply")}
        </button>
      </Form>
      {page.rows.length === 0 ? (
        <p className="muted">{t("registration.participants.none")}</p>
      ) : (
        <ParticipantsTable rows={page.rows} mayManage={page.mayManage} />
      )}
    </>
  );
}
