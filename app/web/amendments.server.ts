// Reading the amendment pages' URLs (issue 11).

/** `?edition=N` names an earlier edition's amendments; anything but a plain number names none (404). */
export function editionParam(url: URL): number | undefined {
  const value = url.searchParams.get("edition");
  if (value === null) return undefined;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new Response("Not Found", { status: 404 });
  return Number(value);
}
