import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { formatDate, formatDateTime } from "~/lib/format";
import type { MessageKey } from "~/lib/i18n-core";

export interface VerificationView {
  match: "file" | "text";
  bodyTitle: string;
  meetingNumber: number;
  meetingStartsAt: string | Date;
  timeZone: string;
  version: number;
  textSha256: string;
  signatures: { name: string; capacity: string; side: string; signedAt: string | Date; valid: boolean }[];
  moreSince: number;
  allValid: boolean;
  complete: boolean;
  supersededBy: number | null;
  meetingLink: string | null;
}

/** The answer of /verify: what matched, who signed and when, whether each signature checks, what replaced it. */
export function VerificationResult({ result, fileHash }: { result: VerificationView | null; fileHash?: string }) {
  const { t, locale } = useI18n();
  if (!result)
    return (
      <section className="card verify-result verify-result--failed" aria-labelledby="verify-result">
        <h2 id="verify-result">✗ {t("verify.noMatch.title")}</h2>
        <Notice tone="error">{t(fileHash ? "verify.noMatch.file" : "verify.noMatch.hash")}</Notice>
        {fileHash && <p className="muted verify-hash">{t("verify.fileHash", { hash: fileHash })}</p>}
      </section>
    );
  const verified = result.allValid;
  return (
    <section className="card verify-result" aria-labelledby="verify-result">
      <h2 id="verify-result">
        {verified ? "✓" : "✗"} {t(verified ? "verify.match.title" : "verify.noMatch.title")}
      </h2>
      <Notice tone={verified ? "success" : "error"}>
        {t(result.match === "file" ? "verify.match.file" : "verify.match.text")}{" "}
        {t(verified ? "verify.allValid" : "verify.someInvalid")}
      </Notice>
      {fileHash && <p className="muted verify-hash">{t("verify.fileHash", { hash: fileHash })}</p>}
      <p>
        <strong>
          {t("verify.protocol", {
            n: result.meetingNumber,
            body: result.bodyTitle,
            date: formatDate(new Date(result.meetingStartsAt), locale, result.timeZone),
          })}
        </strong>
      </p>
      <p className="verify-hash">{t("verify.version", { n: result.version, hash: result.textSha256 })}</p>
      {result.supersededBy !== null ? (
        <Notice tone="warning">{t("verify.superseded", { n: result.supersededBy })}</Notice>
      ) : (
        <p>{t("verify.current")}</p>
      )}
      <h3>{t("verify.signedBy")}</h3>
      {result.signatures.length === 0 ? (
        <p>{t("verify.noSignatures")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("protocolExport.doc.signatory")}</th>
              <th scope="col">{t("protocolExport.doc.capacity")}</th>
              <th scope="col">{t("protocolExport.doc.side")}</th>
              <th scope="col">{t("protocolExport.doc.signedAt")}</th>
              <th scope="col">{t("verify.publicKey")}</th>
            </tr>
          </thead>
          <tbody>
            {result.signatures.map((s, i) => (
              <tr key={i}>
                <td>{s.name}</td>
                <td>{t(`protocolExport.doc.capacity.${s.capacity}` as MessageKey)}</td>
                <td>{s.side}</td>
                <td>{formatDateTime(new Date(s.signedAt), locale, result.timeZone)}</td>
                <td>{s.valid ? `✓ ${t("verify.signatureValid")}` : `✗ ${t("verify.signatureInvalid")}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.match === "file" && <p>{t("verify.fileShows", { n: result.signatures.length })}</p>}
      {result.moreSince > 0 && <Notice tone="info">{t("verify.moreSince", { n: result.moreSince })}</Notice>}
      {result.meetingLink && (
        <p>
          <Link to={result.meetingLink}>{t("verify.openProtocol")}</Link>
        </p>
      )}
    </section>
  );
}
