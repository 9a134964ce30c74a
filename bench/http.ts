// npm run bench:http: sign-in latency (argon2id-bound by design) and page latency for a signed-in user,
// sequential requests against the production build on loopback.
// npm run bench:http -- --concurrent: requests per second under load, next to a bare Remix page (http-concurrent.ts).
import { benchPlatform, percentiles, report } from "./support";

if (process.argv.includes("--concurrent")) await import("./http-concurrent");
else await sequential();

async function sequential() {
  const SIGN_INS = 40;
  const PAGES = 300;

  const platform = await benchPlatform();
  const origin = platform.url;
  try {
    const signIn: number[] = [];
    let cookie = "";
    for (let i = 0; i < SIGN_INS; i++) {
      const started = performance.now();
      const r = await fetch(`${origin}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { origin, "content-type": "application/x-www-form-urlencoded" },
        body: "email=admin%40example.org&password=demo-password",
      });
      signIn.push(performance.now() - started);
      if (r.status !== 302) throw new Error(`sign-in failed: ${r.status}`);
      cookie = r.headers.getSetCookie()[0]!.split(";")[0]!;
    }
    const rows = [{ what: "POST /login (argon2id verify + session)", ...percentiles(signIn) }];
    for (const page of [
      "/",
      "/bodies/1",
      "/meetings/2",
      "/meetings/2/live",
      "/admin/users",
      "/admin/audit",
      "/healthz",
    ]) {
      const samples: number[] = [];
      for (let i = 0; i < PAGES; i++) {
        const started = performance.now();
        const r = await fetch(`${origin}${page}`, { headers: { cookie } });
        await r.arrayBuffer();
        samples.push(performance.now() - started);
        if (r.status !== 200) throw new Error(`${page}: ${r.status}`);
      }
      rows.push({ what: `GET ${page}`, ...percentiles(samples) });
    }
    report("http", rows, "sequential");
  } finally {
    await platform.close();
  }
}
