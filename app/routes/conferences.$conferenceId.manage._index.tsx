import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { setConferencePublished, updateConferenceDetails } from "../../db/commands/conferences/details";
import { setRetentionDays } from "../../db/commands/conference-registration/retention";
import { RetentionCard } from "~/components/conference-registration/RetentionCard";
import { personalDataErasedAt } from "~/lib/conference-registration/personal-data";
import { formatDate } from "~/lib/format";
import { ConferenceDetailsFields } from "~/components/conferences/ConferenceDetailsFields";
import { RegistrationNav } from "~/components/conference-registration/RegistrationNav";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { conferenceDetailsIn, conferenceDetailsSchema } from "~/lib/conferences/details-input";
import { parseForm } from "~/lib/forms";
import { localDateOf, localTimeOf } from "~/lib/zoned-time";
import { conferenceFor } from "~/web/access.server";
import { failure, localeOf, readForm, requireUser, translateFieldErrors, translatorFor } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Управление конференцией · Manage the conference" }];

/** Issue 12: the organisers' page — the conference's details, and its publication. */
export async function loader(args: LoaderFunctionArgs) {
  requireUser(args.request, args.context);
  const { body, conference } = conferenceFor(args, "conference.manage");
  const zone = body.timezone;
  const locale = localeOf(args.request, args.context);
  return {
    id: body.id,
    title: body.titleRu,
    timeZone: zone,
    publishedAt: body.publishedAt?.toISOString() ?? null,
    retention: {
      days: String(conference.personalDataRetentionDays),
      erasedOn: formatDate(personalDataErasedAt(conference), locale, zone),
    },
    values: {
      theme: conference.theme,
      heldOn: localDateOf(conference.startsAt, zone),
      startTime: localTimeOf(conference.startsAt, zone),
      endTime: localTimeOf(conference.endsAt, zone),
      venue: conference.venue,
      videoLink: conference.videoLink,
    },
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args.request, args.context);
  const { body } = conferenceFor(args, "conference.manage");
  const t = translatorFor(args.request, args.context);
  const form = await readForm(args.request, args.context);
  const intent = String(form.get("intent") ?? "");
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  try {
    if (intent === "publish" || intent === "unpublish") {
      setConferencePublished(args.context.services, user, body.id, intent === "publish");
      return redirect(`/conferences/${body.id}/manage?notice=${intent}ed`);
    }
    if (intent === "retention") {
      setRetentionDays(args.context.services, user, body.id, form.get("retentionDays"));
      return redirect(`/conferences/${body.id}/manage?notice=retention`);
    }
    if (intent !== "details") throw new Response("Bad Request", { status: 400 });
    const parsed = parseForm(conferenceDetailsSchema, form);
    if (!parsed.ok)
      return data(
        { fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: t("form.fixErrors"), values },
        { status: 422 },
      );
    updateConferenceDetails(args.context.services, user, body.id, conferenceDetailsIn(parsed.data, body.timezone));
    return redirect(`/conferences/${body.id}/manage?notice=saved`);
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    return data(
      { fieldErrors: problem.fieldErrors ?? {}, formError: problem.formError ?? t("form.fixErrors"), values },
      { status },
    );
  }
}

const notices = {
  saved: "conference.saved",
  published: "conference.publishedNotice",
  unpublished: "conference.unpublishedNotice",
  retention: "registrant.retention.saved",
} as const;

export default function ManageConference() {
  const { t, dateTime } = useI18n();
  const { id, title, timeZone, publishedAt, values, retention } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = notices[params.get("notice") as keyof typeof notices];
  return (
    <>
      <p>
        <Link to={`/bodies/${id}`}>← {title}</Link>
      </p>
      <PageHeader
        title={t("conference.manageTitle")}
        lead={title}
        actions={
          <>
            <Link className="button button--quiet" to={`/conferences/${id}/manage/programme`}>
              {t("programme.manage")}
            </Link>
            <Link className="button button--quiet" to={`/conferences/${id}`}>
              {t("conference.publicPage")}
            </Link>
          </>
        }
      />
      <RegistrationNav conferenceId={id} />
      {notice && <Notice tone="success">{t(notice)}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <section className="card" aria-labelledby="publication">
        <h2 id="publication">{t("conference.publication")}</h2>
        <p>
          {publishedAt
            ? t("conference.publishedSince", { when: dateTime(publishedAt) })
            : t("conference.notPublishedYet")}
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value={publishedAt ? "unpublish" : "publish"} />
          <SubmitButton className={publishedAt ? "button button--quiet" : "button"} pendingLabel={t("form.saving")}>
            {publishedAt ? t("conference.unpublish") : t("conference.publish")}
          </SubmitButton>
        </Form>
      </section>
      <Form method="post" noValidate className="card">
        <h2>{t("conference.detailsLegend")}</h2>
        <input type="hidden" name="intent" value="details" />
        <ConferenceDetailsFields
          values={result?.values.intent === "details" ? result.values : values}
          errors={result?.fieldErrors}
          timeZone={timeZone}
        />
        <SubmitButton pendingLabel={t("form.saving")}>{t("form.save")}</SubmitButton>
      </Form>
      <RetentionCard
        days={result?.values.intent === "retention" ? (result.values.retentionDays ?? "") : retention.days}
        erasedOn={retention.erasedOn}
        error={result?.values.intent === "retention" ? result.fieldErrors.retentionDays : undefined}
      />
    </>
  );
}
