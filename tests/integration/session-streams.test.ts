import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "../../db/commands/profile";
import { users, type User } from "../../db/schema";
import { MAX_STREAMS_PER_USER } from "../../server/start";
import { openEventStream } from "../support/event-stream";
import { TestClient } from "../support/http";
import { startTestPlatform } from "../support/platform";

// A live stream (/live/meetings/:id) lives no longer than the session that opened it (issue 8, item 8), and
// one user holds at most MAX_STREAMS_PER_USER of them. Every test awaits the stream's own end: no sleeping.

const MEETING = 2; // the demo's convened meeting № 2 of the working group

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const person = (email: string): User => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

async function signedIn(email: string) {
  const client = new TestClient(platform.url);
  await client.signIn(email);
  return client;
}

async function watching(client: TestClient) {
  const stream = await openEventStream(client, `/live/meetings/${MEETING}`);
  expect((await stream.next())?.event).toBe("ready");
  return stream;
}

describe("a live stream ends with the session that opened it", () => {
  it("signing out ends the stream, with an 'ended' event first; signing in again opens a new one", async () => {
    const member = await signedIn("member1.ru@example.org");
    const stream = await watching(member);
    expect((await member.post("/logout", {})).status).toBe(302);
    expect(await stream.untilEnd()).toEqual([{ event: "ended", data: '{"reason":"session"}' }]);
    expect((await member.get(`/live/meetings/${MEETING}`)).status).toBe(401);
    await member.signIn("member1.ru@example.org");
    const again = await watching(member);
    await again.close();
  });

  it("a password change ends the streams of the other sessions, and the changing session's stream keeps going", async () => {
    const laptop = await signedIn("member2.ru@example.org");
    const phone = await signedIn("member2.ru@example.org");
    const onLaptop = await watching(laptop);
    const onPhone = await watching(phone);
    const me = person("member2.ru@example.org");
    const laptopSession = platform.services.db.$client
      .prepare("select id from sessions where user_id = ? order by created_at, rowid limit 1")
      .get(me.id) as { id: string };
    await changePassword(platform.services, me, laptopSession.id, {
      current: "demo-password",
      next: "a new password, long enough",
    });
    expect(await onPhone.untilEnd()).toEqual([{ event: "ended", data: '{"reason":"session"}' }]);
    // The laptop's stream is still open: it hears the next change of the meeting.
    platform.services.live.publish(MEETING, "attendance");
    expect(await onLaptop.next()).toEqual({ event: "changed", data: '{"what":"attendance"}' });
    await onLaptop.close();
  });

  it("an administrator disabling the user ends all of the user's streams", async () => {
    const member = await signedIn("member3.ru@example.org");
    const streams = [await watching(member), await watching(member)];
    const admin = await signedIn("admin@example.org");
    const disabled = await admin.post(`/admin/users/${person("member3.ru@example.org").id}`, { intent: "disable" });
    expect(disabled.status).toBeLessThan(400);
    for (const stream of streams) expect((await stream.untilEnd()).map((f) => f.event)).toEqual(["ended"]);
  });

  it("a session removed by any other way (here by hand in SQL) ends its streams too: the database tells the hub", async () => {
    const member = await signedIn("member4.ru@example.org");
    const stream = await watching(member);
    platform.services.db.$client
      .prepare("delete from sessions where user_id = ?")
      .run(person("member4.ru@example.org").id);
    expect((await stream.untilEnd()).map((f) => f.event)).toEqual(["ended"]);
  });

  it("a rolled-back deletion ends nothing", async () => {
    const member = await signedIn("member5.ru@example.org");
    const stream = await watching(member);
    const sql = platform.services.db.$client;
    expect(() =>
      sql.transaction(() => {
        sql.prepare("delete from sessions where user_id = ?").run(person("member5.ru@example.org").id);
        throw new Error("changed my mind");
      })(),
    ).toThrow("changed my mind");
    platform.services.live.publish(MEETING, "agenda");
    expect(await stream.next()).toEqual({ event: "changed", data: '{"what":"agenda"}' });
    await stream.close();
  });
});

describe(`one user holds at most ${MAX_STREAMS_PER_USER} live streams`, () => {
  it("one more is refused with 429 and a message; once one ends, a new one is accepted", async () => {
    const desk = await signedIn("member6.ru@example.org");
    const laptop = await signedIn("member6.ru@example.org");
    const onDesk = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER - 1; i++) onDesk.push(await watching(desk));
    const onLaptop = await watching(laptop);

    const refused = await desk.get(`/live/meetings/${MEETING}`, { accept: "text/event-stream" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.text()).toContain("Открыто слишком много окон");
    // Another user is not affected by this one's streams.
    const other = await watching(await signedIn("member1.kz@example.org"));
    await other.close();

    // The laptop signs out: its stream ends (and is counted off before it ends), so the desk may open one more.
    await laptop.post("/logout", {});
    await onLaptop.untilEnd();
    const more = await watching(desk);
    for (const stream of [...onDesk, more]) await stream.close();
  });
});
