import { useI18n } from "~/components/i18n";
import { PASSWORD_MAX_LENGTH } from "~/lib/password-rules";
import { TextField } from "~/components/ui/Field";
import { PASSWORD_MIN_LENGTH } from "~/lib/password-rules";

/**
 * A new password and its confirmation, as the invitation, the reset link and the profile ask for them; `name`
 * is the new password's field name (the profile's form calls it `next`, beside the current one).
 */
export function NewPasswordFields({
  name = "password",
  errors,
}: {
  name?: string;
  errors?: { [field: string]: string | undefined };
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t("field.newPassword")}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={t("password.hint", { min: PASSWORD_MIN_LENGTH })}
        error={errors?.[name]}
      />
      <TextField
        label={t("field.confirmPassword")}
        name="confirm"
        maxLength={PASSWORD_MAX_LENGTH}
        type="password"
        autoComplete="new-password"
        required
        error={errors?.confirm}
      />
    </>
  );
}
