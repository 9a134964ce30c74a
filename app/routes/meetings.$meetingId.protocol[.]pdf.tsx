import type { LoaderFunctionArgs } from "@remix-run/node";
import { protocolFile } from "~/web/exports/protocol-file.server";

/** /meetings/:id/protocol.pdf: the final or signed protocol, A4, with its signature page (issue 10). */
export const loader = (args: LoaderFunctionArgs) => protocolFile(args, "pdf");
