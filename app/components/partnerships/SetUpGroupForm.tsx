import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SelectField, TextAreaField, TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { textLimits } from "~/lib/text-rules";

export interface PartyPeople {
  id: number;
  name: string;
  people: { userId: number; name: string }[];
}

/** sources/002, 6: a working group set up under the partnership, its co-chairs one per party. */
export function SetUpGroupForm(props: {
  parties: readonly PartyPeople[];
  errors?: Record<string, string>;
  values?: Record<string, string>;
}) {
  const { t } = useI18n();
  const { errors: e, values: v } = props;
  return (
    <section className="card" aria-labelledby="set-up-group">
      <h2 id="set-up-group">{t("partnership.manage.group")}</h2>
      <p className="muted">{t("partnership.manage.groupHint")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="group" />
        <TextField
          label={t("partnership.manage.groupTitle")}
          name="titleRu"
          required
          maxLength={textLimits.title}
          defaultValue={v?.titleRu}
          error={e?.titleRu}
        />
        <TextAreaField
          label={t("partnership.manage.groupDescription")}
          name="description"
          rows={3}
          maxLength={textLimits.shortText}
          defaultValue={v?.description}
          error={e?.description}
        />
        {props.parties.map((party) => (
          <SelectField
            key={party.id}
            label={t("partnership.manage.coChair", { party: party.name })}
            name={`coChair-${party.id}`}
            required
            defaultValue={v?.[`coChair-${party.id}`] ?? ""}
            error={e?.[`coChair-${party.id}`]}
          >
            <option value="">{t("partnership.manage.choose")}</option>
            {party.people.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.name}
              </option>
            ))}
          </SelectField>
        ))}
        <SubmitButton name="intent" value="group" pendingLabel={t("form.saving")}>
          {t("partnership.manage.groupSubmit")}
        </SubmitButton>
      </Form>
    </section>
  );
}
