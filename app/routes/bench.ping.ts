// The floor of Remix itself for `npm run bench:http -- --concurrent`: a resource route, no rendering at all.
// It exists only when BENCH_BARE_ROUTE=1 (the benchmark's server sets it); otherwise it is a 404.
export async function loader() {
  if (process.env.BENCH_BARE_ROUTE !== "1") throw new Response("Not Found", { status: 404 });
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
