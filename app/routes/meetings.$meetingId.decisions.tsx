import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { giveAssignment } from "../../db/commands/assignments/give";
import { publishDecisions } from "../../db/commands/assignments/publish-decisions";
import { decisionsPageOf } from "../../db/queries/decisions-page";
import { DecisionList } from "~/components/assignments/DecisionList";
import type { GiveResult } from "~/components/assignments/GiveAssignmentForm";
import { PublishDecisionsForm } from "~/components/assignments/PublishDecisionsForm";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { can } from "~/lib/policy";
import { meetingFor } from "~/web/access.server";
import { failure, readForm, translatorFor } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, meeting, body, scope } = meetingFor({ request, context, params }, "meeting.read");
  const t = translatorFor(request, context);
  const readsFinal = can(user, "protocol.readFinal", scope);
  const page = readsFinal ? decisionsPageOf(context.services.db, meeting, body) : null;
  return {
    title: t("assignments.decisions.metaTitle", { n: meeting.number }),
    timeZone: body.timezone,
    page,
    canGive: !!page?.final && can(user, "assignment.give", scope),
    canPublish: !!page?.final && can(user, "protocol.publish", scope),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting } = meetingFor({ request, context, params }, "meeting.read");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent") ?? "");
  const field = (name: string) => String(form.get(name) ?? "");
  if (intent === "publish") {
    try {
      const { documentId, already } = publishDecisions(context.services, user, meeting.id, field("visibility"));
      return redirect(
        `/meetings/${meeting.id}/decisions?notice=${already ? "already" : "published"}&document=${documentId}`,
      );
    } catch (error) {
      const { body, status } = failure(error, t);
      return data<GiveResult>(
        { intent, formError: body.formError ?? Object.values(body.fieldErrors ?? {})[0] },
        { status },
      );
    }
  }
  if (intent !== "give") throw new Response("Bad Request", { status: 400 });
  const input = {
    decisionKey: field("decisionKey"),
    assignee: field("assignee"),
    dueOn: field("dueOn"),
    text: field("text"),
  };
  try {
    const id = giveAssignment(context.services, user, meeting.id, input);
    return redirect(`/meetings/${meeting.id}/decisions?notice=given#assignment-${id}`);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data<GiveResult>({ intent, decisionKey: input.decisionKey, ...body, values: input }, { status });
  }
}

/** R4, R11: the decisions of the final protocol, their assignments, and (signed) publishing them to the library. */
export default function MeetingDecisions() {
  const { t } = useI18n();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = params.get("notice");
  const page = view.page;
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t("assignments.decisions.title")}</h2>
      {notice === "given" && !result && <Notice tone="success">{t("assignments.notice.given")}</Notice>}
      <p>{t("assignments.decisions.recommendations")}</p>
      {result?.intent === "give" && !page?.items.some((i) => i.decisions.some((d) => d.key === result.decisionKey)) && (
        <Notice tone="error">{result.formError ?? Object.values(result.fieldErrors ?? {})[0]}</Notice>
      )}
      {!page?.final ? (
        <p className="muted">{t("assignments.decisions.noFinal")}</p>
      ) : !page.final.quorate ? (
        <Notice tone="warning">{t("assignments.decisions.notQuorate")}</Notice>
      ) : (
        <>
          <p className="muted">
            {t("assignments.decisions.final", { n: page.final.number })}{" "}
            {t(page.signed ? "assignments.decisions.signed" : "assignments.decisions.unsigned")}
          </p>
          <DecisionList
            items={page.items}
            canGive={view.canGive}
            options={page.options}
            today={page.today}
            timeZone={view.timeZone}
            result={result?.intent === "give" ? result : undefined}
          />
          {view.canPublish && (
            <PublishDecisionsForm
              signed={page.signed}
              documentId={page.publishedId}
              error={result?.intent === "publish" ? result.formError : undefined}
              notice={notice === "published" || notice === "already" ? notice : null}
            />
          )}
        </>
      )}
    </section>
  );
}
