import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AUDIT_PAGE_SIZE, listAudit } from "../../db/queries/audit";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { type AuditAction } from "~/lib/audit-events";
import { auditSealOf, verifyAuditLog } from "../../db/audit";
import { requireCan } from "~/web/request.server";
import { parseId } from "~/lib/ids";

export const meta: MetaFunction = () => [{ title: "Журнал аудита · Audit log" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireCan(request, context, "audit.read");
  const before = parseId(new URL(request.url).searchParams.get("before")) ?? undefined;
  const rows = listAudit(context.services.db, before);
  return {
    verdict: verifyAuditLog(context.services.db),
    keyId: auditSealOf(context.services.db).keyId,
    entries: rows.map((r) => ({
      ...r.entry,
      action: r.entry.action as AuditAction,
      actorName: r.actorName,
      actorEmail: r.actorEmail,
    })),
    next: rows.length === AUDIT_PAGE_SIZE ? rows[rows.length - 1]!.entry.seq : null,
  };
}

export default function AuditLog() {
  const { t, dateTime } = useI18n();
  const { verdict, keyId, entries, next } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("audit.title")} lead={t("audit.lead")} />
      {verdict.ok ? (
        <>
          <Notice tone="success">{t("audit.chainOk", { n: verdict.entries })}</Notice>
          <p className="muted">{t("audit.keyedFrom", { seq: verdict.keyedFrom, checkpoint: verdict.checkpoint })}</p>
        </>
      ) : (
        <Notice tone="error">{t(`audit.broken.${verdict.reason}`, { seq: verdict.brokenAtSeq ?? "—" })}</Notice>
      )}
      {verdict.ok && (
        <section className="card" aria-labelledby="audit-export">
          <h2 id="audit-export">{t("audit.export.title")}</h2>
          <p>{t("audit.export.lead")}</p>
          <p>
            <a href="/admin/audit/checkpoint" download>
              {t("audit.export.download")}
            </a>
          </p>
          <p className="muted">{t("audit.export.verifyHow", { keyId })}</p>
        </section>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">{t("audit.when")}</th>
              <th scope="col">{t("audit.who")}</th>
              <th scope="col">{t("audit.what")}</th>
              <th scope="col">{t("audit.details")}</th>
              <th scope="col">{t("audit.hash")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{dateTime(e.at)}</td>
                <td>
                  {e.actorName ? (
                    <span title={e.actorEmail ?? undefined}>{e.actorName}</span>
                  ) : (
                    <span className="muted">{t("audit.system")}</span>
                  )}
                </td>
                <td>
                  {t(`audit.${e.action}`)}
                  <div className="muted">
                    {e.subjectType} {e.subjectId}
                  </div>
                </td>
                <td className="mono">{e.details === "{}" ? "" : e.details}</td>
                <td className="mono" title={e.hash}>
                  {e.hash.slice(0, 12)}…
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {entries.length === 0 && <p className="empty">{t("audit.none")}</p>}
      </div>
      <nav className="pagination" aria-label={t("audit.pages")}>
        {next && <Link to={`?before=${next}`}>{t("audit.older")} →</Link>}
        {entries.length > 0 && next !== null && <Link to="?">{t("audit.newest")}</Link>}
      </nav>
    </>
  );
}
