import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { proposeAmendment, setAmendmentsDeadline } from "../../db/library/amendments";
import { amendmentsView, sectionsOf, sectionTitle } from "../../db/library/amendments-read";
import { useI18n } from "~/components/i18n";
import { AmendmentStatus } from "~/components/library/amendments/AmendmentStatus";
import { DeadlineForm } from "~/components/library/amendments/DeadlineForm";
import { MyAmendments } from "~/components/library/amendments/MyAmendments";
import { ProposalForm, type ProposalValues } from "~/components/library/amendments/ProposalForm";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { amendmentsOpen, lastDayOf } from "~/lib/library/amendment-rules";
import { localDateOf } from "~/lib/zoned-time";
import stylesHref from "~/styles/amendments.css?url";
import { refusalResponse } from "~/web/access.server";
import { editionParam } from "~/web/amendments.server";
import { failure, formId, idParam, readForm, requireUser, translatorFor } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Поправки · ${data.doc.title}` : "Поправки · Amendments" },
];
export const links = () => [{ rel: "stylesheet", href: stylesHref }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = requireUser(request, context);
  const db = context.services.db;
  const url = new URL(request.url);
  let view;
  try {
    view = amendmentsView(db, user, idParam(params.documentId), editionParam(url));
  } catch (error) {
    throw refusalResponse(error);
  }
  const now = new Date();
  const { edition, body } = view;
  const open = edition.amendable && amendmentsOpen(edition.amendmentsUntil, now);
  const sections = sectionsOf(db, edition.id).map((s) => ({
    id: s.id,
    title: sectionTitle(s) || "—",
    anchor: s.anchor,
    level: s.level,
    body: s.body,
  }));
  return {
    ...view,
    rows: view.rows.filter((r) => r.authorId === user.id),
    total: view.rows.length,
    open,
    sections: open && view.mayAmend ? sections : sections.map((s) => ({ ...s, body: "" })),
    today: localDateOf(now, body.timezone),
    lastDay: edition.amendmentsUntil ? lastDayOf(edition.amendmentsUntil, body.timezone) : null,
    preselected: url.searchParams.get("section") ?? "",
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireUser(request, context);
  const db = context.services.db;
  const documentId = idParam(params.documentId);
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent"));
  const editionId = formId(form, "editionId");
  const text = (name: string) => String(form.get(name) ?? "");
  const values: ProposalValues & { until: string } = {
    sectionId: text("sectionId"),
    passage: text("passage"),
    proposedWording: text("proposedWording"),
    justification: text("justification"),
    until: text("until"),
  };
  try {
    if (intent === "deadline") {
      setAmendmentsDeadline(db, user, documentId, editionId, { day: values.until });
      return redirect("?notice=deadline");
    }
    if (intent === "closeNow") {
      setAmendmentsDeadline(db, user, documentId, editionId, { closeNow: true });
      return redirect("?notice=deadline");
    }
    if (intent === "propose") {
      proposeAmendment(db, user, documentId, editionId, { ...values, sectionId: formId(form, "sectionId") });
      return redirect("?notice=proposed#mine");
    }
    return data({ intent, values, fieldErrors: {}, formError: t("field.invalid") }, { status: 400 });
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    const fieldErrors = (problem.fieldErrors ?? {}) as Record<string, string>;
    return data({ intent, values, fieldErrors, formError: problem.formError }, { status });
  }
}

const notices = {
  deadline: "amendments.notice.deadline",
  proposed: "amendments.notice.proposed",
} as const;

export default function AmendmentsPage() {
  const { t } = useI18n();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = notices[params.get("notice") as keyof typeof notices];
  const { doc, edition, body } = view;
  const errors = (result?.fieldErrors ?? {}) as Record<string, string | undefined>;
  const proposing = result?.intent === "propose" ? result.values : undefined;
  return (
    <>
      <p>
        <Link to={`/library/${doc.id}`}>← {t("amendments.back")}</Link>
      </p>
      <PageHeader title={t("amendments.title")} lead={`${doc.title}. ${t("amendments.lead", { n: edition.number })}`} />
      {notice && !result && <Notice tone="success">{t(notice)}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <AmendmentStatus docId={doc.id} edition={edition} timeZone={body.timezone} open={view.open} next={view.next} />
      <p>
        <Link to={`table${edition.amendable ? "" : `?edition=${edition.number}`}`} relative="path">
          {t("amendments.tableLink")}
        </Link>{" "}
        ({t("amendments.total", { n: view.total })})
      </p>
      {view.mayManage && edition.amendable && (
        <DeadlineForm
          editionId={edition.id}
          timeZone={body.timezone}
          today={view.today}
          lastDay={view.lastDay}
          open={view.open}
          value={result?.intent === "deadline" ? result.values.until : undefined}
          error={result?.intent === "deadline" ? errors.until : undefined}
        />
      )}
      {view.open && view.mayAmend && (
        <>
          <section className="card" aria-labelledby="draft-text">
            <h2 id="draft-text">{t("amendments.sections")}</h2>
            {view.sections.map((s) => (
              <div key={s.id} className="amendment-section" id={s.anchor}>
                <h3>{s.title}</h3>
                {s.body && <p>{s.body}</p>}
                <Link
                  to={`?section=${s.id}#propose`}
                  aria-label={t("amendments.proposeTo", { section: s.title })}
                  preventScrollReset={false}
                >
                  {t("amendments.propose")}
                </Link>
              </div>
            ))}
          </section>
          <ProposalForm
            key={view.preselected}
            editionId={edition.id}
            sections={view.sections}
            values={proposing ?? { sectionId: view.preselected }}
            errors={result?.intent === "propose" ? errors : {}}
          />
        </>
      )}
      {view.mayAmend && <MyAmendments rows={view.rows} />}
    </>
  );
}
