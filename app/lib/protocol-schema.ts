/**
 * What a protocol document may contain: the same TipTap extensions in the browser's editor and on the server
 * (which writes the generated draft into the Yjs document and reads it back for versions and, later, signing).
 * Headings, lists, tables, bold, italic and links (R13).
 */
import { getSchema, type AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";

/** The content extensions. The editor adds Collaboration and CollaborationCaret on top; the history is Yjs's. */
export function protocolExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false, // Yjs keeps the history (STACK.md pitfall 3)
      codeBlock: false,
      link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"] },
    }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}

let schema: ReturnType<typeof getSchema> | null = null;
/** The ProseMirror schema of a protocol (built once). */
export function protocolSchema() {
  return (schema ??= getSchema(protocolExtensions()));
}
