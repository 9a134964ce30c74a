// npm run bench:live: how long after a secretary marks someone present every open live page hears of it.
// Event streams of every member of the body (ten each) on one meeting; each registration is timed from the POST until the last watcher
// has received its "changed" event (the page's own reload of data comes after that, see bench:http).
import { benchPlatform, percentiles, report } from "./support";
import { createSession, SESSION_COOKIE } from "../db/sessions";
import { MAX_STREAMS_PER_USER } from "../server/start";

const ROUNDS = 40;

const platform = await benchPlatform();
const origin = platform.url;
try {
  const login = await fetch(`${origin}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { origin, "content-type": "application/x-www-form-urlencoded" },
    body: "email=secretary.ru%40example.org&password=demo-password",
  });
  const cookie = login.headers.getSetCookie()[0]!.split(";")[0]!;
  const meeting = platform.services.db.$client.prepare("select id from meetings where number = 2").get() as {
    id: number;
  };
  const people = platform.services.db.$client
    .prepare("select user_id as id from memberships where body_id = 1 and ends_at is null")
    .all() as { id: number }[];

  // One user may hold MAX_STREAMS_PER_USER streams (issue 8): the watchers are the body's members, that many each.
  const watcherCookies = people.flatMap(({ id }) => {
    const { token } = createSession(platform.services.db, id);
    return Array.from({ length: MAX_STREAMS_PER_USER }, () => `${SESSION_COOKIE}=${token}`);
  });
  const WATCHERS = watcherCookies.length;

  // Each watcher counts the "changed" events it has seen; a round ends when all have seen the round's event.
  const seen = new Array<number>(WATCHERS).fill(0);
  const waiters: (() => void)[] = [];
  const streams = await Promise.all(
    Array.from({ length: WATCHERS }, async (_, i) => {
      const response = await fetch(`${origin}/live/meetings/${meeting.id}`, {
        headers: { cookie: watcherCookies[i]! },
      });
      if (response.status !== 200) throw new Error(`watcher ${i}: ${response.status}`);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      let ready!: () => void;
      const isReady = new Promise<void>((resolve) => (ready = resolve));
      void (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (frame.includes("event: ready")) ready();
            if (frame.includes("event: changed")) {
              seen[i]!++;
              waiters.splice(0).forEach((w) => w());
            }
          }
        }
      })();
      await isReady;
      return reader;
    }),
  );

  const samples: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const person = people[round % people.length]!;
    const started = performance.now();
    const response = await fetch(`${origin}/meetings/${meeting.id}/live`, {
      method: "POST",
      redirect: "manual",
      headers: { origin, cookie, "content-type": "application/x-www-form-urlencoded" },
      body: `intent=presence&userId=${person.id}&presence=${round % 2 ? "in_person" : "video"}`,
    });
    await response.arrayBuffer();
    while (seen.some((n) => n < round)) await new Promise<void>((resolve) => waiters.push(resolve));
    samples.push(performance.now() - started);
  }
  report("live", [{ what: `POST presence → all ${WATCHERS} watchers notified`, ...percentiles(samples) }]);
  await Promise.all(streams.map((r) => r.cancel()));
} finally {
  await platform.close();
}
