import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { bodiesFor } from "../../db/queries/bodies";
import { BodyList } from "~/components/bodies/BodyList";
import { useI18n } from "~/components/i18n";
import { PageHeader } from "~/components/ui/PageHeader";
import { can } from "~/lib/policy";
import { requireUser } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Органы сотрудничества · Cooperation bodies" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireUser(request, context);
  return { bodies: bodiesFor(context.services.db, user), canCreate: can(user, "body.create") };
}

export default function Bodies() {
  const { t } = useI18n();
  const { bodies, canCreate } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={t("bodies.title")}
        lead={t("bodies.lead")}
        actions={
          canCreate && (
            <Link className="button" to="/bodies/new">
              {t("bodies.create")}
            </Link>
          )
        }
      />
      <BodyList bodies={bodies} />
    </>
  );
}
