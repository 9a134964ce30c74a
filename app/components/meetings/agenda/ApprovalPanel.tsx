import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { AgendaView } from "~/web/agenda-view.server";

/** R2: who has approved this version of the agenda and who has not, side by side, shown in words and by a mark. */
export function ApprovalPanel({ approval, version }: { approval: AgendaView["approval"]; version: number }) {
  const { t, dateTime } = useI18n();
  return (
    <section
      className={`card approval approval--${approval.approved ? "done" : "waiting"}`}
      aria-labelledby="approval-title"
    >
      <h2 id="approval-title">{t("approval.title")}</h2>
      <p>
        <strong>{approval.approved ? t("approval.approved") : t("approval.waiting")}</strong>{" "}
        <span className="muted">{t("approval.version", { v: version })}</span>
      </p>
      <ul className="approval__sides">
        {approval.sides.map((side) => (
          <li
            key={side.sideId}
            className={side.approvedBy ? "approval__side approval__side--yes" : "approval__side approval__side--no"}
          >
            <span aria-hidden="true" className="approval__mark">
              {side.approvedBy ? "✓" : "…"}
            </span>
            <div>
              <strong>{side.name}</strong>
              <div className="muted">
                {side.approvedBy
                  ? t("approval.by", {
                      name: side.approvedBy.name,
                      capacity: t(`role.${side.approvedBy.capacity}`),
                      when: dateTime(side.approvedBy.at),
                    })
                  : side.staleBy
                    ? t("approval.stale", { name: side.staleBy.name, v: side.staleBy.version })
                    : t("approval.notYet")}
              </div>
              {side.canApprove && (
                <Form method="post">
                  <input type="hidden" name="sideId" value={side.sideId} />
                  <SubmitButton name="intent" value="approve" className="button">
                    {t("approval.approveFor", { side: side.name })}
                  </SubmitButton>
                </Form>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
