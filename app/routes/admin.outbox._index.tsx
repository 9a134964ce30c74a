import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listOutbox } from "../../db/queries/outbox";
import { useI18n } from "~/components/i18n";
import { MailStatusBadge } from "~/components/MailStatusBadge";
import { PageHeader } from "~/components/ui/PageHeader";
import { requireCan } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Исходящая почта · Outbox" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireCan(request, context, "outbox.read");
  return { messages: listOutbox(context.services.db), viaSmtp: Boolean(context.services.config.smtpUrl) };
}

export default function Outbox() {
  const { t, dateTime } = useI18n();
  const { messages, viaSmtp } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("outbox.title")} lead={viaSmtp ? t("outbox.viaSmtp") : t("outbox.viaFiles")} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">{t("outbox.to")}</th>
              <th scope="col">{t("outbox.subject")}</th>
              <th scope="col">{t("outbox.state")}</th>
              <th scope="col">{t("outbox.created")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{m.id}</td>
                <td>{m.to}</td>
                <td>
                  <Link to={`/admin/outbox/${m.id}`}>{m.subject}</Link>
                </td>
                <td>
                  <MailStatusBadge status={m.status} />
                  {m.attempts > 1 && <div className="muted">{t("outbox.attempts", { n: m.attempts })}</div>}
                  {m.lastError && m.status !== "sent" && <div className="muted">{m.lastError}</div>}
                </td>
                <td>{dateTime(m.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {messages.length === 0 && <p className="empty">{t("outbox.none")}</p>}
      </div>
    </>
  );
}
