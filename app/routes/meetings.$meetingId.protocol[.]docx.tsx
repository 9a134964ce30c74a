import type { LoaderFunctionArgs } from "@remix-run/node";
import { protocolFile } from "~/web/exports/protocol-file.server";

/** /meetings/:id/protocol.docx: the final or signed protocol, editable, for the ministries' own filing (issue 10). */
export const loader = (args: LoaderFunctionArgs) => protocolFile(args, "docx");
