// The floor for `npm run bench:http -- --concurrent`: a page that goes through Remix and the root layout and does
// nothing else. It exists only when BENCH_BARE_ROUTE=1 (the benchmark's server sets it); otherwise it is a 404.
export async function loader() {
  if (process.env.BENCH_BARE_ROUTE !== "1") throw new Response("Not Found", { status: 404 });
  return null;
}

export default function BareBenchPage() {
  return <p>ok</p>;
}
