import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportCheckpoint } from "../../db/audit-checkpoint";
import { requireCan, translatorFor } from "~/web/request.server";

/** GET /admin/audit/checkpoint — the signed head of the audit log, as a file to keep away from the server. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  requireCan(request, context, "audit.read");
  const result = exportCheckpoint(context.services.db, context.services.config.appUrl);
  if (!result.ok)
    throw new Response(translatorFor(request, context)("audit.export.refused"), {
      status: 409,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  const { checkpoint } = result;
  return new Response(`${JSON.stringify(checkpoint, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-checkpoint-${checkpoint.count}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
