import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { AppShell } from "~/components/layout/AppShell";
import { I18nProvider, useI18n } from "~/components/i18n";
import { defaultTimeZone } from "~/lib/format";
import { messagesFor } from "~/lib/i18n";
import { defaultLocale } from "~/lib/i18n-core";
import type { Messages } from "~/locales/ru";
import { rootData } from "~/web/root-data.server";
import stylesHref from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Платформа сотрудничества" }];

export const loader = ({ request, context }: LoaderFunctionArgs) => rootData(request, context);

/** When even the root loader failed: just enough words, in both languages, for the error page. */
const fallbackMessages: Partial<Messages> = {
  "app.name": "Платформа сотрудничества · Cooperation Platform",
  "app.footer": "",
  "nav.skip": "Перейти к содержанию · Skip to content",
  "error.home": "На главную · Home",
  "error.server.title": "Что-то пошло не так · Something went wrong",
  "error.server.text": "Попробуйте ещё раз чуть позже. · Please try again a little later.",
  "error.notFound.title": "Страница не найдена · Page not found",
  "error.notFound.text": "",
  "error.forbidden.title": "Нет доступа · No access",
  "error.forbidden.text": "",
  "error.wrongState.title": "Сейчас это невозможно · Not possible now",
  "error.wrongState.text": "",
};

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? defaultLocale;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nProvider
          locale={locale}
          timeZone={data?.timeZone ?? defaultTimeZone}
          messages={data ? messagesFor(locale) : fallbackMessages}
        >
          {children}
        </I18nProvider>
        <ScrollRestoration nonce={data?.nonce} />
        <Scripts nonce={data?.nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = status === 404 ? "notFound" : status === 403 ? "forbidden" : status === 409 ? "wrongState" : "server";
  if (!isRouteErrorResponse(error)) console.error(error);
  // A request refused before its action ran (too large, not a form …) says why, already in the user's language.
  const refused = isRouteErrorResponse(error) && status < 500 ? refusalOf(error.data) : null;
  return (
    <AppShell>
      <section className="error-page" aria-labelledby="error-title">
        <p className="error-code" aria-hidden="true">
          {status}
        </p>
        <h1 id="error-title">{refused?.title ?? t(`error.${kind}.title`)}</h1>
        <p>{refused?.message ?? t(`error.${kind}.text`)}</p>
        <p>
          <a className="button" href="/">
            {t("error.home")}
          </a>
        </p>
      </section>
    </AppShell>
  );
}

function refusalOf(data: unknown): { title: string; message: string } | null {
  if (typeof data !== "object" || data === null) return null;
  const { title, message } = data as Record<string, unknown>;
  return typeof title === "string" && typeof message === "string" ? { title, message } : null;
}
