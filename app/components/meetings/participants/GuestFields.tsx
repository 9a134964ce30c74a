import { useI18n } from "~/components/i18n";
import { textLimits } from "~/lib/text-rules";
import { EMAIL_MAX_LENGTH } from "~/lib/text-rules";
import { OrganisationSelect, type OrganisationOption } from "~/components/OrganisationSelect";
import { SelectField, TextField } from "~/components/ui/Field";
import { guestKinds } from "~/lib/meeting-states";
import type { FormResult } from "./types";

/**
 * Who an expert or observer is (R12, 3.11): e-mail, name, organisation and kind, as both the co-chair's invitation
 * and a member's proposal ask for them, with what was typed and the errors at their fields.
 */
export function GuestFields({ result, organisations }: { result?: FormResult; organisations: OrganisationOption[] }) {
  const { t } = useI18n();
  const errors = result?.fieldErrors ?? {};
  const typed = (name: string) => (result ? String(result.values[name] ?? "") : undefined);
  return (
    <>
      <TextField
        label={t("field.email")}
        name="email"
        maxLength={EMAIL_MAX_LENGTH}
        type="email"
        autoComplete="off"
        required
        defaultValue={typed("email")}
        error={errors.email}
      />
      <TextField
        label={t("field.name")}
        name="name"
        maxLength={textLimits.name}
        autoComplete="off"
        required
        defaultValue={typed("name")}
        error={errors.name}
      />
      <OrganisationSelect
        organisations={organisations}
        defaultValue={typed("organisationId") ? Number(typed("organisationId")) : null}
        error={errors.organisationId}
      />
      <SelectField
        label={t("meetingsParticipants.invite.kind")}
        name="kind"
        defaultValue={typed("kind") || "expert"}
        error={errors.kind}
      >
        {guestKinds.map((k) => (
          <option key={k} value={k}>
            {t(`meetingsParticipants.guests.kind.${k}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
