/**
 * The outcome document drafted live (issue 12): the protocol's editor — same schema, toolbar, save status and
 * presence (app/components/protocol/) — on room `outcome-<conferenceId>`. Readers (an administrator, or an organiser
 * once the text is final) follow it read-only.
 */
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect } from "react";
import { useI18n } from "~/components/i18n";
import { collaborativeExtensions } from "~/components/protocol/collaborative-extensions";
import { Presence } from "~/components/protocol/Presence";
import { ProtocolText } from "~/components/protocol/ProtocolText";
import { SaveStatus } from "~/components/protocol/SaveStatus";
import { Toolbar } from "~/components/protocol/Toolbar";
import { useProtocolSession, type ProtocolSession } from "~/components/protocol/useProtocolSession";
import { collabCloseCodes } from "~/lib/protocol-room";
import type { ProseNode } from "~/lib/prose-json";

/** The outcome's own words for the closes that name the document (app/lib/protocol-room.ts). */
const closedMessages = {
  [collabCloseCodes.forbidden]: "outcome.closed.4403",
  [collabCloseCodes.notFound]: "outcome.closed.4404",
  [collabCloseCodes.finalised]: "outcome.closed.4409",
} as const;

export interface OutcomeEditorProps {
  room: string;
  me: { id: number; name: string; colour: string; side: string | null };
  canEdit: boolean;
  draft: ProseNode;
}

export function OutcomeEditor(props: OutcomeEditorProps) {
  const { room, me, canEdit } = props;
  const { session, state } = useProtocolSession({ room, userId: me.id, keepOffline: canEdit });
  const editable = canEdit && state.kind !== "closed";
  return (
    <div className="protocol-layout">
      <div className="protocol-main">
        <SaveStatus state={state} editing={canEdit} closedMessages={closedMessages} />
        {session ? <LiveOutcome session={session} {...props} editable={editable} /> : <StaticOutcome {...props} />}
      </div>
      <aside className="protocol-aside">{session && <Presence provider={session.provider} />}</aside>
    </div>
  );
}

export function StaticOutcome({ draft }: { draft: ProseNode }) {
  const { t } = useI18n();
  return (
    <div className="protocol-text protocol-text--static" aria-label={t("outcome.editorLabel")} role="document">
      <ProtocolText doc={draft} />
    </div>
  );
}

function LiveOutcome(props: OutcomeEditorProps & { session: ProtocolSession; editable: boolean }) {
  const { t } = useI18n();
  const { session, me, canEdit, editable } = props;
  const editor = useEditor(
    {
      immediatelyRender: false, // STACK.md pitfall 3
      editable,
      extensions: collaborativeExtensions(session, me, canEdit),
      editorProps: {
        attributes: {
          class: "protocol-text",
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": t("outcome.editorLabel"),
          "aria-readonly": editable ? "false" : "true",
        },
      },
    },
    [session],
  );
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  if (!editor) return <StaticOutcome draft={props.draft} />;
  return (
    <>
      {editable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </>
  );
}
