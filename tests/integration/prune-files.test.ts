import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ABANDONED_AFTER_MS, pruneUnreferencedFiles } from "../../db/files/prune";
import { writeBlob } from "../../db/files/store";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one } = sqlOf(() => platform);

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe("stored files that no record refers to", () => {
  it("are removed once abandoned; recorded ones and fresh ones are kept", () => {
    const { services } = platform;
    const orphan = writeBlob(services, new TextEncoder().encode("файл отклонённой загрузки"));
    const orphanPath = path.join(services.config.dataDir, "files", orphan.slice(0, 2), orphan);
    const regulation = one<{ sha256: string }>(
      "select f.sha256 from files f join bodies b on b.regulation_file_id = f.id where b.id = 1",
    ).sha256;
    const regulationPath = path.join(services.config.dataDir, "files", regulation.slice(0, 2), regulation);
    expect(fs.existsSync(orphanPath) && fs.existsSync(regulationPath)).toBe(true);

    // Just written: a transaction may still be about to record it.
    expect(pruneUnreferencedFiles(services, new Date())).toBe(0);
    expect(fs.existsSync(orphanPath)).toBe(true);

    const later = new Date(Date.now() + ABANDONED_AFTER_MS + 1000);
    expect(pruneUnreferencedFiles(services, later)).toBe(1);
    expect(fs.existsSync(orphanPath)).toBe(false);
    expect(fs.existsSync(regulationPath)).toBe(true);
  });
});
