import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { ParticipantKind, RegistrationStatus } from "~/lib/conference-kinds";
import { doorAction } from "~/lib/conference-registration/rules";
import { statusTone } from "./ParticipantsTable";

export interface DoorRow {
  id: number;
  name: string;
  organisation: string;
  organisationKind: ParticipantKind;
  email: string;
  status: RegistrationStatus;
  checkedInAt: string | null;
}

const intents = {
  checkIn: { label: "registration.checkin.checkIn", short: "registration.checkin.checkInShort", tone: "button" },
  undo: { label: "registration.checkin.undo", short: "registration.checkin.undoShort", tone: "button button--quiet" },
  confirmAndCheckIn: {
    label: "registration.checkin.confirmAndCheckIn",
    short: "registration.checkin.confirmAndCheckInShort",
    tone: "button",
  },
} as const;

/** One row per person, a large button on the right: one tap checks in (or undoes, or confirms a waiting one). */
export function CheckInList({ rows }: { rows: readonly DoorRow[] }) {
  const { t } = useI18n();
  return (
    <ul className="checkin-list">
      {rows.map((r) => {
        const act = doorAction({ status: r.status, checkedInAt: r.checkedInAt ? new Date(r.checkedInAt) : null });
        return (
          <li key={r.id} className={`checkin-row${r.checkedInAt ? " checkin-row--in" : ""}`}>
            <div className="checkin-row__who">
              <strong>{r.name}</strong>
              <span className="muted">{r.organisation}</span>
              <span>
                {r.checkedInAt ? (
                  <span className="badge badge--info">✓ {t("registration.checkedIn")}</span>
                ) : (
                  <span className={`badge ${statusTone[r.status]}`}>{t(`registration.status.${r.status}`)}</span>
                )}
              </span>
            </div>
            {act ? (
              <Form method="post" className="checkin-row__act" preventScrollReset>
                <input type="hidden" name="registrationId" value={r.id} />
                <SubmitButton
                  name="intent"
                  value={act}
                  className={intents[act].tone}
                  aria-label={t(intents[act].label, { name: r.name })}
                >
                  {t(intents[act].short)}
                </SubmitButton>
              </Form>
            ) : (
              <p className="checkin-row__act muted">{t("registration.checkin.declined")}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
