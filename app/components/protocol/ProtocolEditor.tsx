/**
 * The live protocol: the draft that the secretaries and co-chairs write together (R13), followed live by the
 * members, read-only. Until the live editor has loaded (and without JavaScript) the page shows the text the server
 * rendered.
 */
import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { useI18n } from "~/components/i18n";
import type { ProtocolView } from "~/web/protocol-view.server";
import { collaborativeExtensions } from "./collaborative-extensions";
import { CommentHighlight } from "./comment-anchors";
import { CommentsPanel } from "./CommentsPanel";
import { Presence } from "./Presence";
import { isEmptyDraft } from "~/lib/prose-json";
import { ProtocolText } from "./ProtocolText";
import { SaveStatus } from "./SaveStatus";
import { Toolbar } from "./Toolbar";
import { useProtocolSession, type ProtocolSession } from "./useProtocolSession";

export function ProtocolEditor({ view }: { view: ProtocolView }) {
  const { t } = useI18n();
  const writer = view.can.edit;
  const { session, state } = useProtocolSession({ room: view.room, userId: view.me.id, keepOffline: writer });
  const [editor, setEditor] = useState<Editor | null>(null);
  // After the server closed the room (finalised, rights withdrawn, signed out) nothing typed could reach it.
  const editable = writer && state.kind !== "closed";
  return (
    <div className="protocol-layout">
      <div className="protocol-main">
        <SaveStatus state={state} editing={writer} />
        {session ? (
          <LiveEditor session={session} view={view} editable={editable} onReady={setEditor} />
        ) : (
          <StaticDraft view={view} label={t("protocolEditor.editorLabel")} />
        )}
      </div>
      <aside className="protocol-aside">
        {session && <Presence provider={session.provider} />}
        <CommentsPanel
          meetingId={view.meetingId}
          comments={view.comments}
          canComment={view.can.comment && state.kind !== "closed"}
          canResolve={view.can.resolve}
          editor={editor}
        />
      </aside>
    </div>
  );
}

export function StaticDraft({ view, label }: { view: ProtocolView; label: string }) {
  const { t } = useI18n();
  return (
    <div className="protocol-text protocol-text--static" aria-label={label} role="document">
      {isEmptyDraft(view.draft) ? (
        <p className="muted">{t("protocolEditor.empty")}</p>
      ) : (
        <ProtocolText doc={view.draft} />
      )}
    </div>
  );
}

function LiveEditor(props: {
  session: ProtocolSession;
  view: ProtocolView;
  editable: boolean;
  onReady: (editor: Editor | null) => void;
}) {
  const { t } = useI18n();
  const { session, view, editable, onReady } = props;
  const editor = useEditor(
    {
      immediatelyRender: false, // STACK.md pitfall 3
      editable,
      extensions: [...collaborativeExtensions(session, view.me, view.can.edit), CommentHighlight],
      editorProps: {
        attributes: {
          class: "protocol-text",
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": t("protocolEditor.editorLabel"),
          "aria-readonly": editable ? "false" : "true",
        },
      },
    },
    [session],
  );
  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  if (!editor) return <StaticDraft view={view} label={t("protocolEditor.editorLabel")} />;
  return (
    <>
      {editable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </>
  );
}
