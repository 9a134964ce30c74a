import http from "node:http";

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** How many body bytes the client managed to send before the answer (or the connection's end). */
  sent: number;
}

/**
 * A request whose body is streamed in chunks of one reused buffer (so a 200 MB body costs the test nothing),
 * chunked unless `contentLength` is given. Stops sending as soon as the server answers; never throws on a
 * connection the server closes after answering.
 */
export function streamRequest(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    /** Total bytes to offer; the server may answer (and close) long before. */
    bytes: number;
    /** A declared Content-Length (may differ from `bytes`); absent: Transfer-Encoding: chunked. */
    contentLength?: number;
    chunk?: Buffer;
  },
): Promise<RawAnswer> {
  const chunk = options.chunk ?? Buffer.alloc(64 * 1024, "a");
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? "POST",
        agent: false,
        headers: {
          ...options.headers,
          ...(options.contentLength !== undefined ? { "content-length": String(options.contentLength) } : {}),
        },
      },
      (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (text: string) => (body += text));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body, sent }));
        response.on("error", () => resolve({ status: response.statusCode!, headers: response.headers, body, sent }));
      },
    );
    // A server that answers early and closes makes the rest of our writes fail: that is the point, not an error.
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && !request.destroyed && sent < options.bytes) {
        const piece = options.bytes - sent >= chunk.length ? chunk : chunk.subarray(0, options.bytes - sent);
        sent += piece.length;
        if (!request.write(piece)) return void request.once("drain", pump);
      }
      // A declared length larger than what is offered: wait for the server's answer instead of ending short.
      const short = options.contentLength !== undefined && sent < options.contentLength;
      if (!answered && !request.destroyed && !short) request.end();
    };
    pump();
  });
}

/** One request with an exact body (a string or bytes), for the hostile cases that are not about size. */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawAnswer> {
  const body = typeof options.body === "string" ? Buffer.from(options.body) : options.body;
  return streamRequest(url, {
    method: options.method,
    headers: options.headers,
    bytes: body?.length ?? 0,
    contentLength: body?.length ?? 0,
    chunk: body ?? Buffer.alloc(0),
  });
}
