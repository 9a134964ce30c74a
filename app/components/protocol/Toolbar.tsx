/**
 * The formatting toolbar (R13: headings, lists, tables, bold, italic, links). Every button has a name and, when
 * it is a toggle, says whether it is on (aria-pressed); reachable with Tab and the arrow keys.
 */
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { useI18n } from "~/components/i18n";

const safeLink = /^(https?:\/\/|mailto:)\S+$/i;

export function Toolbar({ editor }: { editor: Editor }) {
  const { t, locale } = useI18n();
  const bar = useRef<HTMLDivElement>(null);
  const on = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h1: e.isActive("heading", { level: 1 }),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      link: e.isActive("link"),
      table: e.isActive("table"),
    }),
  });
  const chain = () => editor.chain().focus();

  function link() {
    const current = (editor.getAttributes("link").href as string | undefined) ?? "https://";
    const href = window.prompt(t("protocolEditor.linkPrompt"), current);
    if (href === null) return;
    if (href.trim() === "") return void chain().extendMarkRange("link").unsetLink().run();
    if (!safeLink.test(href.trim())) return void window.alert(t("protocolEditor.linkInvalid"));
    chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
  }

  // Every button is a Tab stop; the arrow keys also move along the toolbar (as in the WAI-ARIA toolbar pattern).
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const buttons = [...(bar.current?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(at + (event.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    event.preventDefault();
  }

  // The glyph is what the eye sees; the name is what a screen reader says (and what the tooltip shows).
  const toggle = (label: string, pressed: boolean, run: () => void, glyph: ReactNode) => (
    <button key={label} type="button" title={label} aria-pressed={pressed} onClick={run}>
      <span aria-hidden="true">{glyph}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );
  const action = (label: string, run: () => void, glyph: ReactNode, disabled = false) => (
    <button type="button" title={label} onClick={run} disabled={disabled}>
      <span aria-hidden="true">{glyph}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );

  return (
    <div
      className="protocol-toolbar"
      role="toolbar"
      aria-label={t("protocolEditor.toolbar")}
      ref={bar}
      onKeyDown={onKeyDown}
    >
      <span className="protocol-toolbar__group">
        {([1, 2, 3] as const).map((level) =>
          toggle(
            t("protocolEditor.heading", { level }),
            on[`h${level}`],
            () => chain().toggleHeading({ level }).run(),
            <>H{level}</>,
          ),
        )}
      </span>
      <span className="protocol-toolbar__group">
        {toggle(
          t("protocolEditor.bold"),
          on.bold,
          () => chain().toggleBold().run(),
          <b>{locale === "ru" ? "Ж" : "B"}</b>,
        )}
        {toggle(
          t("protocolEditor.italic"),
          on.italic,
          () => chain().toggleItalic().run(),
          <i>{locale === "ru" ? "К" : "I"}</i>,
        )}
        {toggle(t("protocolEditor.link"), on.link, link, <>🔗</>)}
      </span>
      <span className="protocol-toolbar__group">
        {toggle(t("protocolEditor.bulletList"), on.bullet, () => chain().toggleBulletList().run(), <>•≡</>)}
        {toggle(t("protocolEditor.orderedList"), on.ordered, () => chain().toggleOrderedList().run(), <>1≡</>)}
      </span>
      <span className="protocol-toolbar__group">
        {action(
          t("protocolEditor.insertTable"),
          () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
          <>⊞</>,
          on.table,
        )}
        {action(t("protocolEditor.addRow"), () => chain().addRowAfter().run(), <>＋▭</>, !on.table)}
        {action(t("protocolEditor.addColumn"), () => chain().addColumnAfter().run(), <>＋▯</>, !on.table)}
      </span>
    </div>
  );
}
