import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";

interface Props {
  protocols: {
    meetingId: number;
    meetingNumber: number;
    startsAt: string | Date;
    signedOn: string | Date;
  }[];
}

/** The body page's list of its signed protocols (issue 10): meeting, date, signed on, the PDF. */
export function SignedProtocols({ protocols }: Props) {
  const { t, date } = useI18n();
  return (
    <section className="card" aria-labelledby="signed-protocols">
      <h2 id="signed-protocols">{t("protocolExport.signed.title")}</h2>
      {protocols.length === 0 ? (
        <p className="muted">{t("protocolExport.signed.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("protocolExport.signed.meeting")}</th>
              <th scope="col">{t("protocolExport.signed.date")}</th>
              <th scope="col">{t("protocolExport.signed.signedOn")}</th>
              <th scope="col">{t("protocolExport.signed.file")}</th>
            </tr>
          </thead>
          <tbody>
            {protocols.map((p) => (
              <tr key={p.meetingId}>
                <td>
                  <Link to={`/meetings/${p.meetingId}/protocol`}>
                    {t("protocolExport.signed.number", { n: p.meetingNumber })}
                  </Link>
                </td>
                <td>{date(p.startsAt)}</td>
                <td>{date(p.signedOn)}</td>
                <td>
                  <a href={`/meetings/${p.meetingId}/protocol.pdf`} download>
                    {t("protocolExport.pdf")}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
