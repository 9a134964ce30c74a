import fs from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

/**
 * Real Chromium for end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core (no browser is
 * ever downloaded). One browser per test file (vitest runs each file in its own process); every page gets
 * a fresh context, so no cookies or storage leak from one person to the next.
 */
export const CHROMIUM = "/usr/bin/chromium";

// See ../../../shared/STACK.md, pitfall 19. Playwright adds --headless and a fresh --user-data-dir itself.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let launched: Promise<Browser> | null = null;

export function browser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: apt-get install -y chromium fonts-dejavu-core fonts-liberation (.ci/run does it)`,
    );
  launched ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return launched;
}

export async function closeBrowser(): Promise<void> {
  const current = launched;
  launched = null;
  if (current) await (await current).close();
}

/** What went wrong inside the page: uncaught exceptions, CSP violations, React errors. */
const problems = new WeakMap<Page, string[]>();

/**
 * A page in a fresh browser context whose relative URLs resolve against the platform. The browser speaks
 * Russian unless told otherwise (`locale: "en-GB"`), like most of the platform's people.
 *
 * The app's strict CSP (script-src with a per-response nonce) stays ON: axe is injected through the
 * DevTools protocol (page.evaluate), which CSP does not govern, so the tests also prove the real policy
 * lets the app hydrate and work. A CSP violation or an uncaught error in the page fails the test.
 */
export async function newPage(platformUrl: string, options: { locale?: string } = {}): Promise<Page> {
  const context = await (
    await browser()
  ).newContext({
    baseURL: platformUrl,
    locale: options.locale ?? "ru-RU",
    timezoneId: "Europe/Moscow",
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const found: string[] = [];
  problems.set(page, found);
  page.on("pageerror", (error) => found.push(`uncaught error: ${error.message}`));
  page.on("console", (message) => {
    // A 4xx answer to a form (a wrong password, a short one) is the app working, not a page problem.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      found.push(`console error: ${message.text()}`);
  });
  return page;
}

/** Fails when the page threw, broke its CSP, or logged an error since it was opened. */
export function expectNoPageErrors(page: Page): void {
  const found = problems.get(page) ?? [];
  if (found.length > 0)
    throw new Error(`the page at ${page.url()} reported problems:\n${found.map((p) => `  - ${p}`).join("\n")}`);
}

/** Closes the page's whole context (its cookies go with it). */
export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA and best practices) on the page as it is now and fails the test with
 * a readable list when any violation is "serious" or "critical". Minor and moderate ones are returned, so
 * a test may look at them, but do not fail it.
 */
export async function expectNoSeriousA11yViolations(page: Page, what = page.url()): Promise<AxeViolation[]> {
  await page.waitForLoadState("load");
  expectNoPageErrors(page);
  const hasAxe = await page.evaluate(() => "axe" in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations;
  });
  const list = violations as AxeViolation[];
  const serious = list.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (serious.length > 0) {
    const lines = serious.flatMap((v) => [
      `• [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`,
        ),
      ...(v.nodes.length > 5 ? [`    …and ${v.nodes.length - 5} more`] : []),
    ]);
    throw new Error(
      `accessibility: ${serious.length} serious or critical violation(s) on ${what}:\n${lines.join("\n")}`,
    );
  }
  return list;
}

/** Signs in through the real form on /login, as a person would, and waits for the home page. */
export async function signInThroughForm(page: Page, email: string, password = "demo-password"): Promise<void> {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
  // The home page greets the person in their own language: wait for its heading, whatever the words.
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}
