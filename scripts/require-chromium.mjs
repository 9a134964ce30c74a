// Run before `npm test`: the end-to-end tests drive Debian's Chromium (never a downloaded browser).
// When it is absent, install it as .ci/run does if we are root; otherwise stop at once with the one command to run.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const PACKAGES = ["chromium", "fonts-dejavu-core", "fonts-liberation"];

if (!existsSync(CHROMIUM)) {
  const command = `apt-get install -y ${PACKAGES.join(" ")}`;
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing for the end-to-end tests: run \`sudo apt-get update && sudo ${command}\`, then npm test.`,
    );
    process.exit(1);
  }
  console.log(`[test] ${CHROMIUM} is missing: installing Debian's Chromium and fonts (about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", ...PACKAGES], { stdio: "inherit", env });
}
