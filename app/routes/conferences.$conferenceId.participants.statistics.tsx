import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { registrationsOf } from "../../db/queries/conference-registrations";
import { RegistrationNav } from "~/components/conference-registration/RegistrationNav";
import { StatisticsChart } from "~/components/conference-registration/StatisticsChart";
import { StatisticsTable } from "~/components/conference-registration/StatisticsTable";
import { useI18n } from "~/components/i18n";
import { PageHeader } from "~/components/ui/PageHeader";
import { bodyTitle } from "~/lib/body-rules";
import { registrationStatistics } from "~/lib/conference-registration/statistics";
import { countryName } from "~/lib/countries";
import { conferenceFor } from "~/web/access.server";
import { localeOf } from "~/web/request.server";
import stylesHref from "~/styles/conference-registration.css?url";

export const links = () => [{ rel: "stylesheet", href: stylesHref }];
export const meta: MetaFunction = () => [{ title: "Статистика участников · Participants' statistics" }];

/** Issue 12: who came, and who registered, by country and by kind of organisation — tables and charts. */
export async function loader(args: LoaderFunctionArgs) {
  const { body } = conferenceFor(args, "participants.read");
  return {
    conferenceId: body.id,
    title: bodyTitle(body, localeOf(args.request, args.context)),
    stats: registrationStatistics(registrationsOf(args.context.services.db, body.id)),
  };
}

export default function ParticipantsStatistics() {
  const { t, locale } = useI18n();
  const { conferenceId, title, stats } = useLoaderData<typeof loader>();
  const byCountry = stats.byCountry.map((r) => ({ ...r, label: countryName(r.key, locale) }));
  const byKind = stats.byKind.map((r) => ({ ...r, label: t(`registration.kind.${r.key}`) }));
  return (
    <>
      <p>
        <Link to={`/conferences/${conferenceId}`}>← {title}</Link>
      </p>
      <PageHeader
        title={t("registration.stats.title")}
        lead={t("registration.stats.lead")}
        actions={
          <a
            className="button button--quiet"
            href={`/conferences/${conferenceId}/participants.csv?of=statistics`}
            download
          >
            {t("registration.stats.exportCsv")}
          </a>
        }
      />
      <RegistrationNav conferenceId={conferenceId} />
      <section className="card" aria-labelledby="stats-country">
        <h2 id="stats-country">{t("registration.stats.byCountry")}</h2>
        <StatisticsChart title={t("registration.stats.chart.countryTitle")} rows={byCountry} />
        <StatisticsTable
          caption={t("registration.stats.byCountry")}
          keyHeader={t("registration.stats.col.country")}
          rows={byCountry}
          total={stats.total}
        />
      </section>
      <section className="card" aria-labelledby="stats-kind">
        <h2 id="stats-kind">{t("registration.stats.byKind")}</h2>
        <StatisticsChart title={t("registration.stats.chart.kindTitle")} rows={byKind} />
        <StatisticsTable
          caption={t("registration.stats.byKind")}
          keyHeader={t("registration.stats.col.kind")}
          rows={byKind}
          total={stats.total}
        />
      </section>
    </>
  );
}
