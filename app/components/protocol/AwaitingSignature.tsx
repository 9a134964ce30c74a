import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";

export interface AwaitingItem {
  meetingId: number;
  number: number;
  bodyTitle: string;
  /** > 1: a corrected text, to be signed again. */
  finalNumber: number;
}

/** «На подпись» on the home page (R11): the final protocols this user must sign. Nothing when there are none. */
export function AwaitingSignature({ items }: { items: AwaitingItem[] }) {
  const { t } = useI18n();
  if (!items.length) return null;
  return (
    <section className="card" aria-labelledby="to-sign">
      <h2 id="to-sign">{t("signing.home.title")}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.meetingId}>
            <Link to={`/meetings/${item.meetingId}/protocol/sign`}>
              {t("signing.home.item", { n: item.number, body: item.bodyTitle })}
            </Link>
            {item.finalNumber > 1 && <> ({t("signing.home.correction", { number: item.finalNumber })})</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
