/**
 * What a protocol document may contain: the same TipTap extensions in the browser's editor and on the server
 * (which writes the generated draft into the Yjs document and reads it back for versions and, later, signing).
 * Headings, lists, tables, bold, italic and links (R13); and the generated parts of the draft (decision 0016).
 */
import { getSchema, mergeAttributes, Node, type AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";

/**
 * A part of the protocol the platform writes from the meeting (heading, presiding, attendance, guests, quorum,
 * agenda, an item's heading, the annex): "refresh the generated parts" rewrites what is inside these and nothing
 * else. `part` names it (`item-heading:<agenda item id>` for an item). Rendered as <section data-part="…">.
 */
export const GeneratedPart = Node.create({
  name: "generatedPart",
  group: "block",
  content: "block+",
  defining: true,
  addAttributes() {
    return {
      part: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-part"),
        renderHTML: (attributes) => ({ "data-part": attributes.part as string | null }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "section[data-part]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["section", mergeAttributes(HTMLAttributes, { class: "protocol-generated" }), 0];
  },
});

/** The content extensions. The editor adds Collaboration and CollaborationCaret on top; the history is Yjs's. */
export function protocolExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false, // Yjs keeps the history (STACK.md pitfall 3)
      codeBlock: false,
      link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"] },
    }),
    TableKit.configure({ table: { resizable: false } }),
    GeneratedPart,
  ];
}

let schema: ReturnType<typeof getSchema> | null = null;
/** The ProseMirror schema of a protocol (built once). */
export function protocolSchema() {
  return (schema ??= getSchema(protocolExtensions()));
}
