import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { decideAmendment } from "../../db/library/amendments";
import { amendmentsView } from "../../db/library/amendments-read";
import { makeEditionFromAmendments } from "../../db/library/next-edition";
import { useI18n } from "~/components/i18n";
import { AmendmentStatus } from "~/components/library/amendments/AmendmentStatus";
import { AmendmentTable } from "~/components/library/amendments/AmendmentTable";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { amendmentsOpen } from "~/lib/library/amendment-rules";
import stylesHref from "~/styles/amendments.css?url";
import { refusalResponse } from "~/web/access.server";
import { editionParam } from "~/web/amendments.server";
import { failure, formId, idParam, readForm, requireUser, translatorFor } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Сравнительная таблица · ${data.doc.title}` : "Сравнительная таблица · Comparison table" },
];
export const links = () => [{ rel: "stylesheet", href: stylesHref }];

/** R14: every member of the body reads the table; its secretaries and co-chairs decide in it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = requireUser(request, context);
  try {
    const view = amendmentsView(
      context.services.db,
      user,
      idParam(params.documentId),
      editionParam(new URL(request.url)),
    );
    return { ...view, open: view.edition.amendable && amendmentsOpen(view.edition.amendmentsUntil, new Date()) };
  } catch (error) {
    throw refusalResponse(error);
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireUser(request, context);
  const db = context.services.db;
  const documentId = idParam(params.documentId);
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent"));
  const values = {
    decision: String(form.get("decision") ?? ""),
    acceptedWording: String(form.get("acceptedWording") ?? ""),
    comment: String(form.get("comment") ?? ""),
  };
  let amendmentId = 0;
  try {
    if (intent === "decide") {
      amendmentId = formId(form, "amendmentId");
      decideAmendment(db, user, documentId, amendmentId, values);
      return redirect(`?notice=decided#amendment-${amendmentId}`);
    }
    if (intent === "makeEdition") {
      const number = makeEditionFromAmendments(db, user, documentId, formId(form, "editionId"));
      return redirect(`/library/${documentId}/amendments/table?edition=${number - 1}&notice=edition&n=${number}`);
    }
    return data({ intent, amendmentId, values, fieldErrors: {}, formError: t("field.invalid") }, { status: 400 });
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    const fieldErrors = (problem.fieldErrors ?? {}) as Record<string, string>;
    return data({ intent, amendmentId, values, fieldErrors, formError: problem.formError }, { status });
  }
}

export default function ComparisonTable() {
  const { t } = useI18n();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { doc, edition, body, rows } = view;
  const undecided = rows.filter((r) => r.decision === null).length;
  const notice = params.get("notice");
  const query = edition.amendable ? "" : `?edition=${edition.number}`;
  const decide = view.mayManage && edition.amendable;
  const rowError = result?.intent === "decide" && Object.keys(result.fieldErrors).length > 0;
  return (
    <>
      <p>
        <Link to={`/library/${doc.id}/amendments${query}`}>← {t("amendments.title")}</Link>
      </p>
      <PageHeader
        title={t("amendments.table.title")}
        lead={t("amendments.table.lead", { title: doc.title, n: edition.number })}
      />
      {notice === "decided" && !result && <Notice tone="success">{t("amendments.notice.decided")}</Notice>}
      {notice === "edition" && !result && (
        <Notice tone="success">{t("amendments.notice.edition", { n: params.get("n") ?? "" })}</Notice>
      )}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      {rowError && <Notice tone="error">{t("amendments.error.row")}</Notice>}
      <AmendmentStatus docId={doc.id} edition={edition} timeZone={body.timezone} open={view.open} next={view.next} />
      <p>
        {t("amendments.table.count", { n: rows.length, undecided })}{" "}
        <a href={`/library/${doc.id}/amendments.docx${query}`} download>
          {t("amendments.export")}
        </a>
      </p>
      {!view.mayManage && <p className="muted">{t("amendments.table.readOnly")}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t("amendments.table.none")}</p>
      ) : (
        <AmendmentTable
          rows={rows}
          decide={decide}
          failed={
            rowError && result
              ? { amendmentId: result.amendmentId, values: result.values, errors: result.fieldErrors }
              : undefined
          }
        />
      )}
      {decide && edition.amendmentsUntil && (
        <section className="card" aria-labelledby="make-title">
          <h2 id="make-title">{t("amendments.make.title")}</h2>
          <p>{t("amendments.make.lead", { n: edition.number + 1 })}</p>
          <Form method="post">
            <input type="hidden" name="editionId" value={edition.id} />
            <SubmitButton name="intent" value="makeEdition">
              {t("amendments.make.submit", { n: edition.number + 1 })}
            </SubmitButton>
          </Form>
        </section>
      )}
    </>
  );
}
