import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { createMeeting } from "../../db/commands/meetings/convening";
import { meetingDetailsSchema } from "../lib/meeting-input";
import { nextMeetingNumber } from "../../db/queries/meetings";
import { useI18n } from "~/components/i18n";
import { MeetingDetailsForm } from "~/components/meetings/MeetingDetailsForm";
import { Notice } from "~/components/ui/Notice";
import { bodyFor } from "~/web/access.server";
import { parseForm } from "~/lib/forms";
import { failure, translateFieldErrors, translatorFor, readForm } from "~/web/request.server";
import { can } from "~/lib/policy";
import { addCalendarDays, localDateOf } from "~/lib/zoned-time";

export const meta: MetaFunction = () => [{ title: "Новое заседание · New meeting" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { body } = bodyFor({ request, context, params }, "meeting.create");
  // A sensible first date: far enough ahead for the materials deadline to be met.
  const suggested = addCalendarDays(localDateOf(new Date(), body.timezone), body.materialsDeadlineDays + 14);
  return {
    bodyId: body.id,
    timezone: body.timezone,
    number: nextMeetingNumber(context.services.db, body.id),
    suggested,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, body } = bodyFor({ request, context, params }, "meeting.create");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const parsed = parseForm(meetingDetailsSchema, form);
  if (!parsed.ok)
    return data(
      { fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: t("form.fixErrors"), values },
      { status: 422 },
    );
  try {
    const id = createMeeting(context.services, user, body.id, parsed.data);
    return redirect(`/meetings/${id}/edit?notice=created`);
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    return data(
      { fieldErrors: problem.fieldErrors ?? {}, formError: problem.formError ?? t("form.fixErrors"), values },
      { status },
    );
  }
}

export default function NewMeeting() {
  const { t } = useI18n();
  const { bodyId, timezone, number, suggested } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to={`/bodies/${bodyId}`}>← {t("body.overview")}</Link>
      </p>
      <h2>{t("meeting.newTitle", { n: number })}</h2>
      <p className="muted">{t("meeting.newLead")}</p>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <section className="card narrow-left">
        <MeetingDetailsForm
          values={result?.values ?? { startsOn: suggested }}
          errors={result?.fieldErrors}
          timezone={timezone}
          submitLabel={t("meeting.createDraft")}
          intent="create"
        />
      </section>
    </>
  );
}
