import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postFrom } from "../support/from-address";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Issue 8, item 6: throttling that an attacker cannot turn against the owner, checked and recorded atomically.
// Each test signs in from its own loopback addresses (127.0.0.x), so the server sees distinct clients.
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, count } = sqlOf(() => platform);
const idOf = (email: string) => one<{ id: number }>("select id from users where email = ?", email).id;
/** Every password checked against an account and found wrong leaves one audit entry. */
const checkedAndWrong = (email: string) =>
  count("audit_log", "action = 'user.sign_in_failed' and subject_id = ?", String(idOf(email)));

const login = (from: string, email: string, password: string) =>
  postFrom(from, `${platform.url}/login`, { email, password });

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe("guessing from one address", () => {
  it("120 parallel wrong guesses get exactly 5 passwords checked; the other 115 are refused unchecked", async () => {
    const email = "member1.kz@example.org";
    const answers = await Promise.all(
      Array.from({ length: 120 }, (_, i) => login("127.0.0.2", email, `wrong-guess-${i}`)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(115);
    expect(checkedAndWrong(email)).toBe(5);
    expect(answers.find((a) => a.status === 429)!.body).toContain("Попробуйте снова через 15 минут.");
  }, 90_000); // 120 full pages rendered on a shared 2-core machine

  it("the owner still signs in from another address at once, while the attacker's address stays locked", async () => {
    const email = "member1.kz@example.org";
    const attacker = await login("127.0.0.2", email, "demo-password");
    expect(attacker.status).toBe(429);
    expect(attacker.setCookie.some((c) => c.startsWith("session="))).toBe(false);
    const owner = await login("127.0.0.3", email, "demo-password");
    expect(owner.status).toBe(302);
    expect(owner.setCookie.some((c) => c.startsWith("session="))).toBe(true);
  });

  it("one address guessing across many accounts is stopped by its own limit, and the owners are not", async () => {
    const emails = [1, 2, 3, 4, 5, 6].map((n) => `member${n}.ru@example.org`);
    // 4 failures on each of 5 accounts: under each pair's limit, 20 failures for the address.
    for (const email of emails.slice(0, 5))
      for (let i = 0; i < 4; i++) expect((await login("127.0.0.4", email, `spray-${i}`)).status).toBe(401);
    const sixth = await login("127.0.0.4", emails[5]!, "spray-x");
    expect(sixth.status).toBe(429);
    expect(checkedAndWrong(emails[5]!)).toBe(0);
    for (const email of emails) expect((await login("127.0.0.5", email, "demo-password")).status).toBe(302);
  });
});

describe("guessing from many addresses", () => {
  it("a slower limit per account holds once many addresses have failed, for every address", async () => {
    const email = "member2.kz@example.org";
    // Ten addresses, five failures each: 50 failures against one account within the hour.
    for (let a = 10; a < 20; a++)
      for (let i = 0; i < 5; i++) expect((await login(`127.0.0.${a}`, email, `botnet-${i}`)).status).toBe(401);
    expect(checkedAndWrong(email)).toBe(50);
    const fresh = await login("127.0.0.30", email, "demo-password");
    expect(fresh.status).toBe(429);
    expect(checkedAndWrong(email)).toBe(50);
  }, 90_000); // 50 argon2 checks one after another
});
