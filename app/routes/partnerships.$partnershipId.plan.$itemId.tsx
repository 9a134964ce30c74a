import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { loadActionPlanItem } from "../../db/commands/partnerships/load-item";
import { acceptItem, markItemDone, reportItemProgress, returnItem } from "../../db/commands/partnerships/execution";
import { itemHistory, partiesOf } from "../../db/queries/partnership-page";
import { AssignmentActions, type ExecutionResult } from "~/components/assignments/AssignmentActions";
import { AssignmentHistory } from "~/components/assignments/AssignmentHistory";
import { PlanStateBadge } from "~/components/partnerships/PlanStateBadge";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { actionPlanState, statusAfter } from "~/lib/action-plan-rules";
import { formatLocalDate } from "~/lib/format";
import type { MessageKey } from "~/lib/i18n-core";
import { can } from "~/lib/policy";
import { localDateOf } from "~/lib/zoned-time";
import { refusalResponse } from "~/web/access.server";
import { readAnyForm, uploadedFile } from "~/web/uploads.server";
import { failure, idParam, requireUser, translatorFor } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

function itemFor(args: LoaderFunctionArgs) {
  const user = requireUser(args.request, args.context);
  const partnershipId = idParam(args.params.partnershipId);
  const itemId = idParam(args.params.itemId);
  try {
    return { user, ...loadActionPlanItem(args.context.services.db, user, partnershipId, itemId) };
  } catch (error) {
    throw refusalResponse(error);
  }
}

/** An action-plan item with its history: its party reports, the parties' heads accept or return it (R4). */
export async function loader(args: LoaderFunctionArgs) {
  const { user, item, scope, body } = itemFor(args);
  const { db } = args.context.services;
  const t = translatorFor(args.request, args.context);
  const party = partiesOf(db, body.id).find((p) => p.id === item.responsibleSideId);
  const itemScope = { ...scope, responsibleSideId: item.responsibleSideId };
  return {
    title: t("partnership.item.title", { number: item.number }),
    partnershipId: body.id,
    item: {
      id: item.id,
      text: item.text,
      party: party?.name ?? "",
      dueOn: item.dueOn,
      state: actionPlanState(item, localDateOf(new Date(), body.timezone)),
    },
    history: itemHistory(db, item.id),
    canReport: can(user, "actionPlan.report", itemScope) && statusAfter(item.status, "progress") !== null,
    canDecide: can(user, "actionPlan.decide", itemScope) && statusAfter(item.status, "accepted") !== null,
  };
}

const notices: Record<string, MessageKey> = {
  reported: "partnership.notice.reported",
  done: "partnership.notice.done",
  accepted: "partnership.notice.accepted",
  returned: "partnership.notice.returned",
};

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args.request, args.context);
  const ref = { partnershipId: idParam(args.params.partnershipId), itemId: idParam(args.params.itemId) };
  const { services } = args.context;
  const t = translatorFor(args.request, args.context);
  const read = await readAnyForm(args.request, args.context);
  if (!read.form)
    return data<ExecutionResult>({ intent: "report", fieldErrors: { file: t("file.tooLarge") } }, { status: 413 });
  const form = read.form;
  const intent = String(form.get("intent") ?? "");
  const text = String(form.get("text") ?? "");
  try {
    if (intent === "report")
      reportItemProgress(services, user, ref, { text, upload: await uploadedFile(form, "file") });
    else if (intent === "done") markItemDone(services, user, ref, text);
    else if (intent === "accept") acceptItem(services, user, ref);
    else if (intent === "return") returnItem(services, user, ref, text);
    else throw new Response("Bad Request", { status: 400 });
  } catch (error) {
    if (error instanceof Response) throw error;
    const { body, status } = failure(error, t);
    if (status === 403) throw refusalResponse(error);
    return data<ExecutionResult>({ intent, ...body, values: { text } }, { status });
  }
  const done = { report: "reported", done: "done", accept: "accepted", return: "returned" }[intent];
  return redirect(`/partnerships/${ref.partnershipId}/plan/${ref.itemId}?notice=${done}`);
}

export default function PlanItemPage() {
  const { t, locale } = useI18n();
  const { title, partnershipId, item, history, canReport, canDecide } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = notices[params.get("notice") ?? ""];
  return (
    <>
      <p>
        <Link to={`/partnerships/${partnershipId}`}>{t("partnership.plan.back")}</Link>
      </p>
      <PageHeader title={title} lead={item.text} />
      {notice && !result && <Notice tone="success">{t(notice)}</Notice>}
      <section className="card" aria-labelledby="item-facts">
        <h2 id="item-facts">
          <PlanStateBadge state={item.state} />
        </h2>
        <p>{t("partnership.item.party", { party: item.party })}</p>
        <p>{t("partnership.item.due", { date: formatLocalDate(item.dueOn, locale) })}</p>
      </section>
      <AssignmentHistory
        assignmentId={item.id}
        history={history}
        fileHref={(reportId) => `/partnerships/${partnershipId}/plan/${item.id}/reports/${reportId}/file`}
      />
      <AssignmentActions
        canReport={canReport}
        canDecide={canDecide}
        result={result}
        headings={{ done: t("partnership.item.doneTitle"), decide: t("partnership.item.decideTitle") }}
      />
    </>
  );
}
