import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { isSha256, verifyHash } from "../../db/queries/protocol-verification";
import { useI18n } from "~/components/i18n";
import { VerificationResult } from "~/components/protocol-export/VerificationResult";
import { TextField } from "~/components/ui/Field";
import { PageHeader } from "~/components/ui/PageHeader";
import { sha256Hex } from "~/lib/protocol-hash.server";
import { translatorFor } from "~/web/request.server";
import { readAnyForm, uploadedFile } from "~/web/uploads.server";

export const meta: MetaFunction = () => [{ title: "Проверка протокола · Verify a protocol" }];

/**
 * /verify (issue 10): public, no account. `?hash=` takes a text's or a PDF's SHA-256 (the link printed on every
 * signature page); a POST takes the PDF itself (field `file`) and hashes its bytes: one changed byte, no match.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const asked = (new URL(request.url).searchParams.get("hash") ?? "").trim().toLowerCase();
  if (!asked) return { hash: "", hashError: null, result: undefined };
  if (!isSha256(asked))
    return {
      hash: asked.slice(0, 64),
      hashError: translatorFor(request, context)("verify.badHash"),
      result: undefined,
    };
  return { hash: asked, hashError: null, result: verifyHash(context.services.db, asked, context.user) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const t = translatorFor(request, context);
  const { form, tooLarge } = await readAnyForm(request, context);
  if (tooLarge) return data({ fileError: t("verify.tooLarge") }, { status: 413 });
  const file = await uploadedFile(form, "file");
  if (!file) return data({ fileError: t("verify.noFile") }, { status: 422 });
  // Nothing is stored: the file's bytes are hashed and forgotten.
  const fileHash = sha256Hex(file.bytes);
  const result = verifyHash(context.services.db, fileHash, context.user);
  // A file that is no protocol of ours (or one changed after export) is refused as unprocessable, with the page.
  return data({ fileHash, result }, { status: result ? 200 : 422 });
}

export default function VerifyPage() {
  const { t } = useI18n();
  const { hash, hashError, result: byHash } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>() as
    | { fileError: string }
    | { fileHash: string; result: Parameters<typeof VerificationResult>[0]["result"] }
    | undefined;
  const busy = useNavigation().state === "submitting";
  const fileError = posted && "fileError" in posted ? posted.fileError : undefined;
  return (
    <>
      <PageHeader title={t("verify.title")} />
      <p>{t("verify.intro")}</p>
      {posted && "fileHash" in posted && <VerificationResult result={posted.result} fileHash={posted.fileHash} />}
      {!posted && byHash !== undefined && <VerificationResult result={byHash} />}
      <Form method="post" encType="multipart/form-data" className="card form">
        <div className="field">
          <label htmlFor="verify-file">{t("verify.file")}</label>
          <p className="field__hint" id="verify-file-hint">
            {t("verify.fileHint")}
          </p>
          <input
            id="verify-file"
            type="file"
            name="file"
            accept="application/pdf,.pdf"
            aria-describedby={`verify-file-hint${fileError ? " verify-file-error" : ""}`}
            aria-invalid={fileError ? true : undefined}
          />
          {fileError && (
            <p className="field__error" id="verify-file-error" role="alert">
              {fileError}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("verify.submit")}
        </button>
      </Form>
      <Form method="get" className="card form" aria-label={t("verify.orHash")}>
        <TextField
          label={t("verify.hash")}
          name="hash"
          defaultValue={hash}
          maxLength={64}
          spellCheck={false}
          autoComplete="off"
          hint={t("verify.hashHint")}
          error={hashError ?? undefined}
        />
        <button type="submit" className="button button--quiet">
          {t("verify.submitHash")}
        </button>
      </Form>
    </>
  );
}
