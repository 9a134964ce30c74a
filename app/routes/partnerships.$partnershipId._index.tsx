import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { partnershipPage } from "../../db/queries/partnership-page";
import { bodyScope } from "../../db/queries/bodies";
import { ActionPlanChart } from "~/components/partnerships/ActionPlanChart";
import { ActionPlanTable } from "~/components/partnerships/ActionPlanTable";
import { MaterialList } from "~/components/partnerships/MaterialList";
import { PartnershipFacts } from "~/components/partnerships/PartnershipFacts";
import { WorkingGroupList } from "~/components/partnerships/WorkingGroupList";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { can } from "~/lib/policy";
import { partnershipFor } from "~/web/access.server";
import { planView } from "~/web/partnership-plan.server";
import { localeOf } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "" },
  ...(data?.feedHref
    ? [{ tagName: "link", rel: "alternate", type: "application/atom+xml", href: data.feedHref, title: data.title }]
    : []),
];

/**
 * `/partnerships/<id>` (issue 12): readable by anyone once published, by the parties' people before that (404 for
 * anyone else). The action plan is shown to the parties' people only.
 */
export async function loader(args: LoaderFunctionArgs) {
  const ctx = partnershipFor(args, "partnership.read");
  const { user, body, scope } = ctx;
  const { db } = args.context.services;
  const page = partnershipPage(db, user, ctx);
  const english = localeOf(args.request, args.context) === "en";
  return {
    id: body.id,
    title: (english && body.titleEn) || body.titleRu,
    description: body.description,
    published: body.publishedAt !== null,
    feedHref: body.publishedAt ? `/partnerships/${body.id}/feed.atom` : null,
    term: page.term,
    parties: page.parties,
    agreement: page.agreement,
    groups: page.groups.map((g) => ({
      id: g.id,
      title: (english && g.titleEn) || g.titleRu,
      readable: !!user && can(user, "body.read", bodyScope(db, user.id, g.id)),
      meetings: g.meetings.map((m) => ({ id: m.id, number: m.number, startsAt: m.startsAt })),
    })),
    plan: page.plan ? planView(db, body) : null,
    materials: page.materials.map((d) => ({ id: d.id, title: d.title, kind: d.kind, createdAt: d.createdAt })),
    canManage: can(user, "partnership.manage", scope),
    canPlan: can(user, "actionPlan.plan", scope),
    isMember: scope.seats.length > 0 || !!user?.isAdmin,
  };
}

export default function PartnershipPage() {
  const { t } = useI18n();
  const d = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={d.title} lead={d.description || t("partnership.page.lead")} />
      {params.get("notice") === "added" && <Notice tone="success">{t("partnership.plan.added")}</Notice>}
      {!d.published && <Notice tone="info">{t("partnership.page.notPublished")}</Notice>}
      {(d.isMember || d.canManage) && (
        <p className="actions">
          {d.isMember && <Link to={`/bodies/${d.id}`}>{t("partnership.page.bodyPage")}</Link>}
          {d.canManage && <Link to={`/partnerships/${d.id}/manage`}>{t("partnership.page.manage")}</Link>}
        </p>
      )}
      <PartnershipFacts parties={d.parties} agreement={d.agreement} term={d.term} />
      <WorkingGroupList groups={d.groups} />
      {d.plan && (
        <section className="card" aria-labelledby="partnership-plan">
          <h2 id="partnership-plan">{t("partnership.plan.title")}</h2>
          <ActionPlanChart parties={d.plan.bars} />
          <ActionPlanTable partnershipId={d.id} rows={d.plan.rows} />
          {d.canPlan && (
            <p>
              <Link to={`/partnerships/${d.id}/plan/new`}>{t("partnership.plan.add")}</Link>
            </p>
          )}
        </section>
      )}
      <MaterialList materials={d.materials} feedHref={d.feedHref} />
    </>
  );
}
