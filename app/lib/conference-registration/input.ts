// The public registration form, parsed (issue 12). Messages are keys, shown in the visitor's language.
import { z } from "zod";
import { participantKinds } from "../conference-kinds";
import { countryCodes } from "../countries";
import { checkbox, emailField, lineField, localeField } from "../forms";
import type { MessageKey } from "../i18n-core";

const m = (key: MessageKey) => ({ message: key });
const choice = (key: MessageKey) => ({ errorMap: () => m(key) });

export const registrationSchema = z.object({
  name: lineField("name", { required: true }),
  organisation: lineField("name", { required: true }),
  organisationKind: z.enum(participantKinds, choice("registration.error.kind")),
  country: z.enum(countryCodes, choice("registration.error.country")),
  position: lineField("name", { required: true }),
  // Kept as typed (trimmed) for the letters; compared by its key (rules.ts, emailKey).
  email: z
    .string(m("field.required"))
    .transform((typed) => typed.trim())
    .superRefine((typed, ctx) => {
      const checked = emailField.safeParse(typed);
      if (!checked.success) ctx.addIssue({ code: "custom", message: checked.error.issues[0]!.message });
    }),
  /** The purpose as the form stated it (compared with the conference's current one). */
  consentPurpose: z.string(m("field.invalid")).max(10_000, m("field.invalid")),
  consent: checkbox.refine((given) => given, m("registration.error.consent")),
  locale: localeField,
});

/**
 * A registrant's correction of their own registration: what they may change themselves. Not the e-mail: it is how
 * the registration is recognised and where the organisers write; a new address is a new registration.
 */
export const correctionSchema = registrationSchema.pick({
  organisation: true,
  organisationKind: true,
  country: true,
  position: true,
});
export type Correction = z.output<typeof correctionSchema>;
