/**
 * The line that always says whether everything is on the server, read out when it changes (aria-live). After a
 * close by the server it says why, in plain words, and what to do.
 */
import { useI18n } from "~/components/i18n";
import type { MessageKey } from "~/lib/i18n-core";
import { collabCloseCodes } from "~/lib/protocol-room";
import type { ConnectionState } from "./useProtocolSession";

const explained = new Set<number>([4400, 4401, 4403, 4404, 4409, 4413, 4429]);

/**
 * `closedMessages`: another document's own words for some close codes (the conference outcome: "the text is
 * finalised", not "the protocol").
 */
export function SaveStatus({
  state,
  editing,
  closedMessages = {},
}: {
  state: ConnectionState;
  editing: boolean;
  closedMessages?: Partial<Record<number, MessageKey>>;
}) {
  const { t } = useI18n();
  let message: string;
  let tone = state.kind;
  if (state.kind === "closed") {
    message = t(
      closedMessages[state.code] ??
        ((explained.has(state.code)
          ? `protocolEditor.closed.${state.code}`
          : "protocolEditor.closed.other") as MessageKey),
    );
  } else if (state.kind === "offline") {
    message = t(editing ? "protocolEditor.status.offline" : "protocolEditor.status.offlineReader");
  } else if (state.kind === "saved") {
    message = t(editing ? "protocolEditor.saved" : "protocolEditor.status.following");
  } else if (state.kind === "saving") {
    message = t("protocolEditor.status.saving");
  } else {
    message = t("protocolEditor.status.connecting");
    tone = "connecting";
  }
  return (
    <div className={`protocol-status protocol-status--${tone}`} role="status" aria-live="polite">
      <span>{message}</span>
      {state.kind === "closed" && state.code === collabCloseCodes.unauthenticated && (
        <>
          {" "}
          <a href={`/login?redirectTo=${encodeURIComponent(window.location.pathname)}`}>
            {t("protocolEditor.signInAgain")}
          </a>
        </>
      )}
    </div>
  );
}
