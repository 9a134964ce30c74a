import http from "node:http";

/**
 * A form POST sent from a chosen loopback address (127.0.0.2, 127.0.0.3 …), so that the server sees a
 * different client address without trusting any forwarding header. Linux routes all of 127.0.0.0/8 to lo.
 */
export function postFrom(
  localAddress: string,
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; location: string | null; setCookie: string[]; body: string }> {
  const target = new URL(url);
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1", // the test server listens on IPv4 loopback only
        port: target.port,
        path: target.pathname + target.search,
        method: "POST",
        localAddress,
        agent: false,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          host: target.host,
          origin: target.origin,
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location ?? null,
            setCookie: response.headers["set-cookie"] ?? [],
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
