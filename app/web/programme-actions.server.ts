// The programme editor's requests (issue 12): each intent parsed, then handed to its command. Parsing errors come
// back as message keys under their fields; the commands' refusals are DomainErrors the route turns into messages.
import type { Services } from "~/context";
import { materialSchema, programmeItemSchema, speakerSchema } from "~/lib/conferences/programme-rules";
import { checkbox, parseForm } from "~/lib/forms";
import type { Translate } from "~/lib/i18n";
import type { User } from "../../db/schema";
import {
  attachConferenceMaterial,
  removeConferenceMaterial,
  setMaterialPublic,
} from "../../db/commands/conferences/materials";
import {
  addProgrammeItem,
  moveProgrammeItem,
  removeProgrammeItem,
  updateProgrammeItem,
} from "../../db/commands/conferences/programme";
import { addSpeaker, removeSpeaker, updateSpeaker } from "../../db/commands/conferences/speakers";
import { formId, translateFieldErrors } from "./request.server";
import { uploadedFile } from "./uploads.server";

type Outcome =
  | { notice: "added" | "saved" | "removed" | "moved"; fieldErrors?: undefined }
  | { fieldErrors: Record<string, string> };

export async function runProgrammeIntent(
  services: Services,
  user: User,
  bodyId: number,
  intent: string,
  form: FormData,
  t: Translate,
): Promise<Outcome> {
  const invalid = (errors: Record<string, string>) => ({ fieldErrors: translateFieldErrors(errors, t) });
  switch (intent) {
    case "add-item":
    case "update-item": {
      const parsed = parseForm(programmeItemSchema, form);
      if (!parsed.ok) return invalid(parsed.fieldErrors);
      if (intent === "add-item") addProgrammeItem(services, user, bodyId, parsed.data);
      else updateProgrammeItem(services, user, bodyId, formId(form, "itemId"), parsed.data);
      return { notice: intent === "add-item" ? "added" : "saved" };
    }
    case "remove-item":
      removeProgrammeItem(services, user, bodyId, formId(form, "itemId"));
      return { notice: "removed" };
    case "move": {
      const direction = form.get("direction") === "up" ? "up" : "down";
      moveProgrammeItem(services, user, bodyId, formId(form, "itemId"), direction);
      return { notice: "moved" };
    }
    case "add-speaker": {
      const parsed = parseForm(speakerSchema, form);
      if (!parsed.ok) return invalid(parsed.fieldErrors);
      addSpeaker(services, user, bodyId, formId(form, "itemId"), parsed.data);
      return { notice: "added" };
    }
    case "update-speaker": {
      const parsed = parseForm(speakerSchema, form);
      if (!parsed.ok) return invalid(parsed.fieldErrors);
      updateSpeaker(services, user, bodyId, formId(form, "speakerId"), parsed.data);
      return { notice: "saved" };
    }
    case "remove-speaker":
      removeSpeaker(services, user, bodyId, formId(form, "speakerId"));
      return { notice: "removed" };
    case "add-material": {
      const parsed = parseForm(materialSchema, form);
      if (!parsed.ok) return invalid(parsed.fieldErrors);
      const upload = await uploadedFile(form, "file");
      attachConferenceMaterial(services, user, bodyId, { itemId: formId(form, "itemId"), ...parsed.data, upload });
      return { notice: "added" };
    }
    case "material-public":
      setMaterialPublic(services, user, bodyId, formId(form, "materialId"), checkbox.parse(form.get("isPublic")));
      return { notice: "saved" };
    case "remove-material":
      removeConferenceMaterial(services, user, bodyId, formId(form, "materialId"));
      return { notice: "removed" };
    default:
      throw new Response("Bad Request", { status: 400 });
  }
}
