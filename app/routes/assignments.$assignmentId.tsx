import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { eq } from "drizzle-orm";
import { acceptAssignment, markDone, reportProgress, returnAssignment } from "../../db/commands/assignments/execution";
import { describeAssignments, historyOf } from "../../db/queries/assignments";
import { users } from "../../db/schema";
import { AssignmentActions, type ExecutionResult } from "~/components/assignments/AssignmentActions";
import { AssignmentHistory } from "~/components/assignments/AssignmentHistory";
import { StateBadge } from "~/components/assignments/StateBadge";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { formatLocalDate } from "~/lib/format";
import { can } from "~/lib/policy";
import { assignmentFor } from "~/web/assignments.server";
import { uploadedFile, readAnyForm } from "~/web/uploads.server";
import { failure, translatorFor } from "~/web/request.server";
import type { MessageKey } from "~/lib/i18n-core";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader(args: LoaderFunctionArgs) {
  const { user, assignment, scope, named } = assignmentFor(args);
  const { db } = args.context.services;
  const t = translatorFor(args.request, args.context);
  const [row] = describeAssignments(db, [assignment]);
  const giver = db.select({ name: users.name }).from(users).where(eq(users.id, assignment.createdById)).get();
  return {
    title: t("assignments.page.metaTitle", { id: assignment.id }),
    assignment: {
      ...row!,
      decisionText: assignment.decisionText,
      givenBy: giver?.name ?? "",
      status: assignment.status,
    },
    history: historyOf(db, assignment.id),
    canReport: can(user, "assignment.report", { ...scope, named }) && assignment.status === "open",
    canDecide: can(user, "assignment.decide", scope) && assignment.status === "done",
  };
}

const notices: Record<string, MessageKey> = {
  reported: "assignments.notice.reported",
  done: "assignments.notice.done",
  accepted: "assignments.notice.accepted",
  returned: "assignments.notice.returned",
};

export async function action(args: ActionFunctionArgs) {
  const { user, assignment } = assignmentFor(args);
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
      reportProgress(services, user, assignment.id, { text, upload: await uploadedFile(form, "file") });
    else if (intent === "done") markDone(services, user, assignment.id, text);
    else if (intent === "accept") acceptAssignment(services, user, assignment.id);
    else if (intent === "return") returnAssignment(services, user, assignment.id, text);
    else throw new Response("Bad Request", { status: 400 });
  } catch (error) {
    const { body, status } = failure(error, t);
    return data<ExecutionResult>({ intent, ...body, values: { text } }, { status });
  }
  const done = { report: "reported", done: "done", accept: "accepted", return: "returned" }[intent];
  return redirect(`/assignments/${assignment.id}?notice=${done}`);
}

/** An assignment, the decision it came from, its history; the assignee reports, a co-chair accepts or returns. */
export default function AssignmentPage() {
  const { t, locale, date } = useI18n();
  const { assignment: a, history, canReport, canDecide, title } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = notices[params.get("notice") ?? ""];
  return (
    <>
      <PageHeader title={title} lead={a.text} />
      {notice && !result && <Notice tone="success">{t(notice)}</Notice>}
      <section className="card" aria-labelledby="assignment-facts">
        <h2 id="assignment-facts">
          <StateBadge state={a.state} />
        </h2>
        <p>{t("assignments.page.assignee", { name: a.assigneeName, kind: t(`assignments.kind.${a.assigneeKind}`) })}</p>
        <p>{t("assignments.page.due", { date: formatLocalDate(a.dueOn, locale) })}</p>
        <p className="muted">{t("assignments.page.givenBy", { name: a.givenBy, date: date(a.createdAt) })}</p>
        <h3>{t("assignments.page.decision", { key: a.decisionKey, n: a.meetingNumber })}</h3>
        <blockquote>{a.decisionText}</blockquote>
        <p className="muted">{t("assignments.decisions.recommendations")}</p>
        <p className="actions">
          <Link to={`/meetings/${a.meetingId}/decisions#decision-${a.decisionKey}`}>{t("assignments.page.back")}</Link>
          <Link to={`/bodies/${a.bodyId}/assignments`}>{t("assignments.page.control")}</Link>
        </p>
      </section>
      <AssignmentHistory assignmentId={a.id} history={history} />
      <AssignmentActions canReport={canReport} canDecide={canDecide} result={result} />
    </>
  );
}
