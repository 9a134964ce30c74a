import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useI18n } from "~/components/i18n";
import { FinalisingActions } from "~/components/protocol/FinalisingActions";
import { FinalText } from "~/components/protocol/FinalText";
import { ProtocolEditor, StaticDraft } from "~/components/protocol/ProtocolEditor";
import { Signatures } from "~/components/protocol/Signatures";
import { Notice } from "~/components/ui/Notice";
import { defaultLocale, translate, type Locale } from "~/lib/i18n";
import type { MessageKey } from "~/lib/i18n-core";
import { meetingFor } from "~/web/access.server";
import { protocolView } from "~/web/protocol-view.server";
import { signingView } from "~/web/signing-view.server";
import protocolStylesHref from "~/styles/protocol.css?url";
import { ensureProtocolDraft } from "../../db/protocols/draft";
import { protocolCopiesOf } from "../../db/queries/protocol-circulation";
import { ProtocolCopies } from "~/components/protocol-export/ProtocolCopies";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: protocolStylesHref }];

/** "Протокол заседания · № 3 · <body>", in the reader's language (the root's data names it). */
export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const locale = (matches.find((m) => m.id === "root")?.data as { locale?: Locale } | undefined)?.locale;
  const frame = matches.find((m) => m.id === "routes/meetings.$meetingId")?.data as
    { meeting?: { number: number }; bodyTitle?: string } | undefined;
  const title = translate(locale ?? defaultLocale, "protocol.title");
  return [{ title: frame?.meeting ? `${title} · № ${frame.meeting.number} · ${frame.bodyTitle ?? ""}` : title }];
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = meetingFor({ request, context, params }, "protocol.read");
  ensureProtocolDraft(context.services.db, access.meeting.id);
  return {
    ...protocolView(context, access),
    signing: signingView(context, access),
    copies: protocolCopiesOf(context.services.db, access.meeting.id),
  };
}

/** What finalising, reopening and signing send the user back with (`?notice=`). */
const signingNotices: Record<string, MessageKey> = {
  finalised: "signing.notice.finalised",
  finalisedNoQuorum: "signing.notice.finalisedNoQuorum",
  reopened: "signing.notice.reopened",
  correctionStarted: "signing.notice.correctionStarted",
  signed: "signing.notice.signed",
};

/** /meetings/:id/protocol: the live draft of the meeting's protocol (R13). */
export default function ProtocolPage() {
  const { t } = useI18n();
  const view = useLoaderData<typeof loader>();
  // After "refresh the generated parts" (POST /protocol/refresh) the secretary is sent back here with its outcome.
  const notice = useSearchParams()[0].get("notice");
  const signingNotice = signingNotices[notice ?? ""];
  // The live editor runs only in the browser (Yjs, websocket, IndexedDB); the server sends the text itself.
  const [inBrowser, setInBrowser] = useState(false);
  useEffect(() => setInBrowser(true), []);
  return (
    <section className="protocol-page" aria-labelledby="protocol-title">
      <div className="protocol-page__header">
        <h2 id="protocol-title">{t("protocolEditor.draft")}</h2>
        <div className="protocol-page__links">
          <Link to={`/meetings/${view.meetingId}/protocol/versions`}>{t("protocolEditor.versions")}</Link>
          <a href="/protocol-signing-key">{t("signing.page.key")}</a>
          {view.can.regenerate && (
            <Form method="post" action={`/meetings/${view.meetingId}/protocol/refresh`}>
              <button type="submit" className="button button--quiet" title={t("protocolEditor.refreshHint")}>
                {t("protocolEditor.refresh")}
              </button>
            </Form>
          )}
        </div>
      </div>
      {notice === "regenerated" && <Notice tone="success">{t("protocolDraft.notice.regenerated")}</Notice>}
      {notice === "upToDate" && <Notice tone="info">{t("protocolDraft.notice.upToDate")}</Notice>}
      {signingNotice && <Notice tone="success">{t(signingNotice)}</Notice>}
      {view.finalised && <Notice tone="info">{t("protocolEditor.finalised")}</Notice>}
      {!view.finalised && !view.can.edit && <Notice tone="info">{t("protocolEditor.readOnly")}</Notice>}
      <FinalisingActions view={view.signing} />
      {view.signing.final ? (
        // Final (R11): the text as signed, no editor; who has signed and who has yet to.
        <>
          <Signatures signatories={view.signing.signatories} complete={view.signing.complete} />
          <FinalText final={view.signing.final} />
        </>
      ) : inBrowser ? (
        <ProtocolEditor view={view} />
      ) : (
        <>
          {view.can.edit && <p className="muted">{t("protocolEditor.noScript")}</p>}
          <StaticDraft view={view} label={t("protocolEditor.editorLabel")} />
        </>
      )}
      <ProtocolCopies meetingId={view.meetingId} copies={view.copies} />
    </section>
  );
}
