import { useI18n } from "~/components/i18n";
import { type LiveView } from "../../../web/live-view.server";
import { QuorumBar } from "./QuorumBar";

/** Whether the session may decide (R9, 3.7), per side and overall, and in words why not. */
export function LiveQuorum({ view }: { view: LiveView }) {
  const { t } = useI18n();
  const { quorum, sides } = view;
  const perSide = quorum.rule.kind === "each_side_half";
  const rule =
    quorum.rule.kind === "overall_percent"
      ? t("meetingsLive.quorum.rule.overall_percent", { percent: quorum.rule.percent })
      : t(`meetingsLive.quorum.rule.${quorum.rule.kind}`);
  return (
    <section className="card live-quorum" aria-labelledby="live-quorum-title">
      <h2 id="live-quorum-title">{t("meetingsLive.quorum.title")}</h2>
      <div className={`notice notice--${quorum.quorate ? "success" : "error"} live-verdict`} role="status">
        <p className="live-verdict__head">
          <span aria-hidden="true">{quorum.quorate ? "✓ " : "✗ "}</span>
          {t(quorum.quorate ? "meetingsLive.quorum.yes" : "meetingsLive.quorum.no")}
        </p>
        {!quorum.quorate && (
          <>
            <p className="live-verdict__why">{t("meetingsLive.quorum.why")}</p>
            <ul className="live-verdict__reasons">
              {quorum.shortfalls.map((s) => (
                <li key={s.sideName ?? "overall"}>
                  {s.sideName === null
                    ? t("meetingsLive.quorum.overallShort", {
                        n: s.missing,
                        present: s.present,
                        members: s.members,
                        needed: s.needed,
                      })
                    : s.members === 0
                      ? t("meetingsLive.quorum.sideEmpty", { side: s.sideName })
                      : t("meetingsLive.quorum.sideShort", {
                          side: s.sideName,
                          n: s.missing,
                          present: s.present,
                          members: s.members,
                          needed: s.needed,
                        })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {perSide ? (
        <ul className="live-sides">
          {sides.map(({ id, name, quorum: q }) => (
            <li key={id} className={`live-side live-side--${q.meets ? "meets" : "short"}`}>
              <p className="live-side__name">{name}</p>
              <p className="live-side__count">
                <span className="live-side__number">
                  {t("meetingsLive.quorum.presentOf", { present: q.present, members: q.members })}
                </span>{" "}
                <span className="live-side__label">{t("meetingsLive.quorum.presentLabel")}</span>
              </p>
              <QuorumBar
                label={t("meetingsLive.quorum.bar", {
                  side: name,
                  present: q.present,
                  members: q.members,
                  needed: q.needed,
                })}
                present={q.present}
                members={q.members}
                needed={q.needed}
                meets={q.meets}
              />
              <p className="live-side__verdict">
                {t("meetingsLive.quorum.needed", { needed: q.needed })} ·{" "}
                <strong>
                  {q.meets
                    ? t("meetingsLive.quorum.sideMeets")
                    : t("meetingsLive.quorum.sideMissing", { n: q.missing })}
                </strong>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <div className={`live-side live-side--${quorum.quorate ? "meets" : "short"}`}>
          <p className="live-side__count">
            <span className="live-side__number">
              {t("meetingsLive.quorum.presentOf", { present: quorum.overall.present, members: quorum.overall.members })}
            </span>{" "}
            <span className="live-side__label">{t("meetingsLive.quorum.presentLabel")}</span>
          </p>
          <QuorumBar
            label={t("meetingsLive.quorum.overallNeeded", quorum.overall)}
            present={quorum.overall.present}
            members={quorum.overall.members}
            needed={quorum.overall.needed}
            meets={quorum.quorate}
          />
          <p className="live-side__verdict">{t("meetingsLive.quorum.needed", { needed: quorum.overall.needed })}</p>
          <ul className="live-side__list">
            {sides.map(({ id, name, quorum: q }) => (
              <li key={id}>{t("meetingsLive.roll.side", { side: name, present: q.present, members: q.members })}</li>
            ))}
          </ul>
        </div>
      )}
      {perSide && (
        <p className="muted">
          {t("meetingsLive.quorum.overall", { present: quorum.overall.present, members: quorum.overall.members })}
        </p>
      )}
      <p className="muted">
        {rule} {t("meetingsLive.quorum.ruleNote")}
      </p>
      {quorum.guestsPresent > 0 && (
        <p className="muted">{t("meetingsLive.quorum.guests", { n: quorum.guestsPresent })}</p>
      )}
      {view.rollStored && <p className="muted">{t("meeting.rollStored")}</p>}
    </section>
  );
}
