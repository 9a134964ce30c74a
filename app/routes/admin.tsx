import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { requireCan } from "~/web/request.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireCan(request, context, "users.manage");
  return null;
}

export default function AdminArea() {
  const { t } = useI18n();
  return (
    <>
      <nav aria-label={t("nav.adminLabel")} className="sub-nav">
        <NavLink to="/admin/users">{t("nav.users")}</NavLink>
        <NavLink to="/admin/organisations">{t("nav.organisations")}</NavLink>
        <NavLink to="/admin/audit">{t("nav.audit")}</NavLink>
        <NavLink to="/admin/outbox">{t("nav.outbox")}</NavLink>
      </nav>
      <Outlet />
    </>
  );
}
