import { createReadableStreamFromReadable } from "@remix-run/node";
import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundedBody, quietAfterRefusedBody } from "../../server/http/body-limit";
import { securityHeaders } from "../../server/http/security";
import { rawRequest, streamRequest } from "../support/raw-http";

// Issue 8, items 1 and 9, at the level of the Express layer: the backstop below the form readers holds for a
// handler that reads a body its own way (as `request.formData()` would), and HSTS follows the public scheme.
const LIMIT = 64 * 1024;
let server: http.Server;
let url: string;
let handlerFailures = 0;

beforeAll(async () => {
  const app = express();
  app.use(securityHeaders({ production: true, hsts: true }));
  app.use(boundedBody(() => LIMIT));
  app.post("/naive", async (req, res, next) => {
    try {
      const text = await new Response(createReadableStreamFromReadable(req)).text();
      res.send(`read ${text.length}`);
    } catch (error) {
      handlerFailures++;
      next(error);
    }
  });
  app.use(quietAfterRefusedBody());
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the body backstop below the form readers", () => {
  it("a body within the limit is read whole", async () => {
    const answer = await rawRequest(`${url}/naive`, { body: "x".repeat(1000) });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("read 1000");
  });

  it("a chunked body past the limit gets 413 and a closed connection; the reader fails instead of reading on", async () => {
    const answer = await streamRequest(`${url}/naive`, { bytes: 50 * 1024 * 1024 });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe("close");
    expect(answer.sent).toBeLessThan(50 * 1024 * 1024);
    expect(handlerFailures).toBe(1);
    expect((await rawRequest(`${url}/naive`, { body: "ok" })).status).toBe(200);
  });

  it("a declared Content-Length past the limit is refused before anything reads", async () => {
    const answer = await streamRequest(`${url}/naive`, { bytes: 1024, contentLength: 10 * 1024 * 1024 });
    expect(answer.status).toBe(413);
    expect(handlerFailures).toBe(1);
  });

  it("HSTS is sent when the public address is https", async () => {
    const answer = await rawRequest(`${url}/naive`, { body: "" });
    expect(answer.headers["strict-transport-security"]).toBe("max-age=31536000");
  });
});
