import { useI18n } from "~/components/i18n";

interface Props {
  meetingId: number;
  copies: {
    downloadable: boolean;
    version: number | null;
    copies: {
      name: string;
      status: "pending" | "sent" | "failed";
      queuedAt: string | Date;
      sentAt: string | Date | null;
    }[];
  };
}

/**
 * The final protocol's files (PDF, DOCX: issue 10) and, once signed, to whom its copies went and when (R11, 3.10):
 * sent, still queued (the outbox retries), or not delivered.
 */
export function ProtocolCopies({ meetingId, copies }: Props) {
  const { t, dateTime } = useI18n();
  if (!copies.downloadable && copies.version === null) return null;
  const count = (status: string) => copies.copies.filter((c) => c.status === status).length;
  return (
    <section className="card protocol-copies" aria-labelledby="protocol-copies">
      <h3 id="protocol-copies">{t("protocolExport.circulation.title")}</h3>
      {copies.downloadable && (
        <p>
          <a href={`/meetings/${meetingId}/protocol.pdf`} download>
            {t("protocolExport.downloadPdf")}
          </a>
          {" · "}
          <a href={`/meetings/${meetingId}/protocol.docx`} download>
            {t("protocolExport.downloadDocx")}
          </a>
        </p>
      )}
      {copies.copies.length === 0 ? (
        <p className="muted">{t("protocolExport.circulation.none")}</p>
      ) : (
        <>
          <p>
            {t("protocolExport.circulation.summary", {
              sent: count("sent"),
              total: copies.copies.length,
              pending: count("pending"),
              failed: count("failed"),
            })}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("protocolExport.circulation.recipient")}</th>
                <th scope="col">{t("protocolExport.circulation.status")}</th>
                <th scope="col">{t("protocolExport.circulation.when")}</th>
              </tr>
            </thead>
            <tbody>
              {copies.copies.map((c, i) => (
                <tr key={i}>
                  <td>{c.name}</td>
                  <td>{t(`protocolExport.circulation.${c.status}`)}</td>
                  <td>{dateTime(c.sentAt ?? c.queuedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
