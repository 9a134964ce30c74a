import { Form, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n } from "~/components/i18n";
import type { RootData } from "~/web/root-data.server";
import { LanguageSwitcher } from "./LanguageSwitcher";

/** Header with the areas of the platform, the language switcher and the user's menu; then the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<RootData>("root");
  const { t } = useI18n();
  const user = data?.user ?? null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a href="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              ◆
            </span>
            <span>{t("app.name")}</span>
          </a>
          <nav aria-label={t("nav.label")} className="main-nav">
            {user && (
              <>
                <NavLink to="/" end>
                  {t("nav.home")}
                </NavLink>
                <NavLink to="/bodies">{t("nav.bodies")}</NavLink>
              </>
            )}
            {/* The library is open without an account too (issue 11: public documents). */}
            <NavLink to="/library">{t("nav.library")}</NavLink>
            {user && data?.nav.admin && <NavLink to="/admin">{t("nav.admin")}</NavLink>}
          </nav>
          <div className="site-header__tools">
            <LanguageSwitcher />
            {user ? <UserMenu name={user.name} /> : null}
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}

function UserMenu({ name }: { name: string }) {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <div className="user-menu">
      <NavLink to="/profile" className="user-menu__name" title={t("nav.profile")}>
        {name}
      </NavLink>
      <Form method="post" action="/logout">
        <input type="hidden" name="redirectTo" value={location.pathname} />
        <button type="submit" className="button button--quiet">
          {t("nav.signOut")}
        </button>
      </Form>
    </div>
  );
}
