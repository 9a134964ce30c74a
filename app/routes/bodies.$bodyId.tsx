import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { bodyTitle } from "~/lib/body-rules";
import { bodyFor } from "~/web/access.server";
import { can } from "~/lib/policy";
import { localeOf } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, body, scope } = bodyFor({ request, context, params }, "body.read");
  return {
    id: body.id,
    kind: body.kind,
    title: bodyTitle(body, localeOf(request, context)),
    description: body.description,
    canUpdate: can(user, "body.update", scope),
    // Issue 12: a partnership's public page; a working group set up by a partnership links back to it.
    partnershipId: body.kind === "partnership" ? body.id : body.parentBodyId,
  };
}

/** The frame of every page of a body: its title and its sections. */
export default function BodyFrame() {
  const { t } = useI18n();
  const body = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-header">
        <div>
          <span className="badge badge--info">{t(`body.kind.${body.kind}`)}</span>
          <h1>{body.title}</h1>
          {body.description && <p className="page-header__lead">{body.description}</p>}
        </div>
      </div>
      <nav className="sub-nav" aria-label={t("body.sections")}>
        <NavLink to={`/bodies/${body.id}`} end>
          {t("body.overview")}
        </NavLink>
        <NavLink to={`/bodies/${body.id}/assignments`}>{t("assignments.control.link")}</NavLink>
        {body.canUpdate && <NavLink to={`/bodies/${body.id}/settings`}>{t("body.settings")}</NavLink>}
        {body.partnershipId !== null && (
          <NavLink to={`/partnerships/${body.partnershipId}`}>{t("partnership.link")}</NavLink>
        )}
      </nav>
      <Outlet />
    </>
  );
}
