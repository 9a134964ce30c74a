import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadPartnership } from "../../db/area-access";
import { publishedMaterials } from "../../db/queries/partnership-page";
import { ATOM_CONTENT_TYPE, atomFeed, tagUri } from "~/lib/atom";
import { refusalResponse } from "~/web/access.server";
import { idParam, translatorFor } from "~/web/request.server";

/**
 * GET /partnerships/<id>/feed.atom — the partnership's PUBLIC materials (issue 12), the same for everyone: it is
 * read as a visitor without an account, so an unpublished partnership is a 404 here even to its parties, and a
 * document for partners or members never appears, whoever polls.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { db, config } = context.services;
  const id = idParam(params.partnershipId);
  let body;
  try {
    body = loadPartnership(db, null, id).body;
  } catch (error) {
    throw refusalResponse(error);
  }
  const t = translatorFor(request, context);
  const base = config.appUrl.replace(/\/$/, "");
  const documents = publishedMaterials(db, null, id);
  const xml = atomFeed({
    id: tagUri(config.appUrl, `partnership-${id}`),
    title: body.titleRu,
    updated: documents[0]?.createdAt ?? body.publishedAt ?? body.createdAt,
    selfHref: `${base}/partnerships/${id}/feed.atom`,
    alternateHref: `${base}/partnerships/${id}`,
    entries: documents.map((d) => ({
      id: tagUri(config.appUrl, `library-document-${d.id}`),
      title: d.title,
      updated: d.createdAt,
      href: `${base}/library/${d.id}`,
      summary: [t(`library.kind.${d.kind}`), d.issuer, d.adoptionReference].filter(Boolean).join(" · "),
    })),
  });
  return new Response(xml, { headers: { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": "public, max-age=300" } });
}
