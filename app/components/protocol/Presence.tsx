/** «В документе»: who has the protocol open now, with their side and its colour (from the room's awareness). */
import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import { useI18n } from "~/components/i18n";

export interface PresentUser {
  name: string;
  color: string;
  side: string | null;
  editing: boolean;
}

function present(provider: WebsocketProvider): { clientId: number; user: PresentUser }[] {
  const seen: { clientId: number; user: PresentUser }[] = [];
  provider.awareness.getStates().forEach((state, clientId) => {
    const user = state.user as Partial<PresentUser> | undefined;
    if (user && typeof user.name === "string" && typeof user.color === "string")
      seen.push({
        clientId,
        user: { name: user.name, color: user.color, side: user.side ?? null, editing: Boolean(user.editing) },
      });
  });
  return seen.sort((a, b) => a.user.name.localeCompare(b.user.name));
}

export function Presence({ provider }: { provider: WebsocketProvider }) {
  const { t } = useI18n();
  const [people, setPeople] = useState(() => present(provider));
  useEffect(() => {
    const update = () => setPeople(present(provider));
    provider.awareness.on("change", update);
    update();
    return () => provider.awareness.off("change", update);
  }, [provider]);
  const me = provider.awareness.clientID;
  return (
    <section className="protocol-presence" aria-labelledby="protocol-presence-title">
      <h2 id="protocol-presence-title">{t("protocolEditor.presence")}</h2>
      <ul>
        {people.map(({ clientId, user }) => (
          <li key={clientId}>
            <span className="protocol-presence__dot" style={{ background: user.color }} aria-hidden="true" />
            {clientId === me ? t("protocolEditor.presenceYou", { name: user.name }) : user.name}
            {user.side && <span className="muted"> · {user.side}</span>}
            {!user.editing && <span className="muted"> · {t("protocolEditor.presenceReader")}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
