import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import type { SigningView } from "~/web/signing-view.server";
import { ProtocolText } from "./ProtocolText";

type Final = NonNullable<SigningView["final"]>;

/** The final text as it was frozen and is signed (its canonical JSON), read-only, with its hash (R11). */
export function FinalText({ final }: { final: Final }) {
  const { t, dateTime } = useI18n();
  return (
    <section className="final-text" aria-labelledby="final-text-title">
      <h3 id="final-text-title">{t("signing.final.title")}</h3>
      <p className="muted">{t("signing.final.edition", { number: final.number, date: dateTime(final.finalisedAt) })}</p>
      {!final.quorate && <Notice tone="info">{t("signing.final.noQuorum")}</Notice>}
      <FinalHash sha256={final.sha256} />
      <div className="protocol-text protocol-text--static" aria-label={t("signing.final.textLabel")} role="document">
        <ProtocolText doc={final.text} />
      </div>
    </section>
  );
}

export function FinalHash({ sha256 }: { sha256: string }) {
  const { t } = useI18n();
  return (
    <dl className="final-hash">
      <dt>{t("signing.final.hash")}</dt>
      <dd>
        <code data-testid="final-sha256">{sha256}</code>
        <div className="muted">{t("signing.final.hashHint")}</div>
      </dd>
    </dl>
  );
}
