import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { AgendaView } from "~/web/agenda-view.server";

type Material = AgendaView["items"][number]["materials"][number];

/** The materials of one item; late ones are marked, and a co-chair can accept them (R7). */
export function MaterialList({
  meetingId,
  materials,
  canAccept,
  emptyText,
}: {
  meetingId: number;
  materials: Material[];
  canAccept: boolean;
  emptyText: string;
}) {
  const { t, dateTime } = useI18n();
  if (materials.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="materials">
      {materials.map((m) => (
        <li key={m.id} className="material">
          <div>
            {m.file ? (
              <a href={`/meetings/${meetingId}/materials/${m.id}`} download>
                {m.title}
              </a>
            ) : (
              <strong>{m.title}</strong>
            )}{" "}
            {m.file && (
              <span className="muted">
                ({Math.max(1, Math.round(m.file.size / 1024))} {t("unit.kb")})
              </span>
            )}
            {m.late && (
              <span className={`badge badge--${m.accepted ? "info" : "warn"}`}>
                {m.accepted ? t("material.lateAccepted") : t("material.lateHidden")}
              </span>
            )}
            <div className="muted">{t("material.by", { name: m.authorName, when: dateTime(m.submittedAt) })}</div>
            {m.text && <p className="material__text">{m.text}</p>}
          </div>
          {canAccept && m.late && !m.accepted && (
            <Form method="post">
              <input type="hidden" name="materialId" value={m.id} />
              <SubmitButton name="intent" value="acceptMaterial" className="button button--quiet">
                {t("material.accept")}
              </SubmitButton>
            </Form>
          )}
        </li>
      ))}
    </ul>
  );
}
