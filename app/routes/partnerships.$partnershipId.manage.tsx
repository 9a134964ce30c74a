import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { and, desc, eq } from "drizzle-orm";
import {
  changePartnershipDetails,
  linkAgreement,
  setPartnershipPublished,
} from "../../db/commands/partnerships/details";
import { setUpWorkingGroup } from "../../db/commands/partnerships/set-up-group";
import { compositionAt } from "../../db/queries/bodies";
import { libraryDocuments } from "../../db/schema";
import { AgreementForm } from "~/components/partnerships/AgreementForm";
import { PartnershipFields } from "~/components/partnerships/PartnershipFields";
import { SetUpGroupForm } from "~/components/partnerships/SetUpGroupForm";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { partnershipFor } from "~/web/access.server";
import { readPartnershipFields } from "~/web/partnership-form.server";
import { failure, optionalFormId, readForm, requireUser, translatorFor } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Партнёрство · Partnership" }];

/** The parties' heads keep the term, the agreement, the public page, and set up working groups (issue 12). */
export async function loader(args: LoaderFunctionArgs) {
  requireUser(args.request, args.context);
  const { body, partnership } = partnershipFor(args, "partnership.manage");
  const { db } = args.context.services;
  return {
    id: body.id,
    title: body.titleRu,
    publishedAt: body.publishedAt,
    details: {
      partnershipStartsOn: partnership.startsOn,
      partnershipTerm: partnership.termMonths === null ? "indefinite" : "months",
      partnershipTermMonths: partnership.termMonths === null ? "" : String(partnership.termMonths),
    },
    agreementId: partnership.agreementDocumentId,
    documents: db
      .select({ id: libraryDocuments.id, title: libraryDocuments.title })
      .from(libraryDocuments)
      .where(and(eq(libraryDocuments.bodyId, body.id)))
      .orderBy(desc(libraryDocuments.createdAt))
      .all(),
    parties: compositionAt(db, body.id).map(({ side, seats }) => ({
      id: side.id,
      name: side.name,
      people: seats.map((s) => ({ userId: s.userId, name: s.name })),
    })),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args.request, args.context);
  const { body } = partnershipFor(args, "partnership.manage");
  const { services } = args.context;
  const t = translatorFor(args.request, args.context);
  const form = await readForm(args.request, args.context);
  const intent = String(form.get("intent") ?? "");
  const values = Object.fromEntries(
    [...form.entries()].filter(([, v]) => typeof v === "string").map(([k, v]) => [k, String(v).slice(0, 2_000)]),
  );
  try {
    if (intent === "details") {
      const read = readPartnershipFields(form, t);
      if (!read.ok) return data({ intent, fieldErrors: read.fieldErrors, values }, { status: 422 });
      changePartnershipDetails(services, user, body.id, read.details);
    } else if (intent === "publish" || intent === "unpublish")
      setPartnershipPublished(services, user, body.id, intent === "publish");
    else if (intent === "agreement") linkAgreement(services, user, body.id, optionalFormId(form, "documentId"));
    else if (intent === "group") {
      const coChairs: Record<number, number | null> = {};
      for (const [name] of form.entries()) {
        const m = /^coChair-(\d{1,9})$/.exec(name);
        if (m) coChairs[Number(m[1])] = optionalFormId(form, name);
      }
      const groupId = setUpWorkingGroup(services, user, body.id, {
        titleRu: String(form.get("titleRu") ?? ""),
        description: String(form.get("description") ?? ""),
        coChairs,
      });
      return redirect(`/bodies/${groupId}?notice=created`);
    } else throw new Response("Bad Request", { status: 400 });
  } catch (error) {
    if (error instanceof Response) throw error;
    const { body: failed, status } = failure(error, t);
    return data({ intent, ...failed, values }, { status });
  }
  return redirect(`/partnerships/${body.id}/manage?notice=saved`);
}

export default function ManagePartnership() {
  const { t, date } = useI18n();
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errorsOf = (intent: string) => (result?.intent === intent ? result.fieldErrors : undefined);
  const valuesOf = (intent: string) => (result?.intent === intent ? result.values : undefined);
  return (
    <>
      <p>
        <Link to={`/partnerships/${d.id}`}>{t("partnership.plan.back")}</Link>
      </p>
      <PageHeader title={t("partnership.manage.title")} lead={d.title} />
      {params.get("notice") === "saved" && !result && <Notice tone="success">{t("partnership.manage.saved")}</Notice>}
      {result && "formError" in result && result.formError && <Notice tone="error">{result.formError}</Notice>}
      <Form method="post" noValidate>
        <PartnershipFields values={valuesOf("details") ?? d.details} errors={errorsOf("details")} />
        <SubmitButton name="intent" value="details" pendingLabel={t("form.saving")}>
          {t("partnership.manage.details")}
        </SubmitButton>
      </Form>
      <section className="card" aria-labelledby="publication">
        <h2 id="publication">{t("partnership.manage.publication")}</h2>
        <p>
          {d.publishedAt
            ? t("partnership.manage.published", { date: date(d.publishedAt) })
            : t("partnership.manage.unpublished")}
        </p>
        <Form method="post">
          <SubmitButton name="intent" value={d.publishedAt ? "unpublish" : "publish"} pendingLabel={t("form.saving")}>
            {t(d.publishedAt ? "partnership.manage.unpublish" : "partnership.manage.publish")}
          </SubmitButton>
        </Form>
      </section>
      <AgreementForm
        partnershipId={d.id}
        documents={d.documents}
        current={d.agreementId}
        error={errorsOf("agreement")?.documentId}
      />
      <SetUpGroupForm parties={d.parties} errors={errorsOf("group")} values={valuesOf("group")} />
    </>
  );
}
