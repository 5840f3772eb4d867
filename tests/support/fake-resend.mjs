// A stand-in for Resend's HTTP API, for browser tests that run the app with
// MAIL_TRANSPORT=resend and RESEND_BASE_URL pointing here (tests/e2e/resend.e2e.ts).
//
//   POST /emails   records the request and answers 200 {"id": "..."} like Resend does;
//                  answers 500 (Resend's error shape) when a recipient contains "resend-down".
//   GET  /__sent   every recorded request, oldest first, as JSON.
//
// Any other request is recorded too and answered 404, so a wrong path shows up in /__sent.
// Listens on 127.0.0.1 only, on FAKE_RESEND_PORT.
import { randomUUID } from "node:crypto";
import http from "node:http";

const port = Number(process.env.FAKE_RESEND_PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error("fake-resend: set FAKE_RESEND_PORT to the port to listen on");
  process.exit(1);
}

/** @type {{ method: string; path: string; authorization: string | null; contentType: string | null; body: unknown; rawBody: string; receivedAt: string }[]} */
const sent = [];

/** @param {unknown} body */
function recipients(body) {
  if (!body || typeof body !== "object" || !("to" in body)) return [];
  const to = /** @type {{ to: unknown }} */ (body).to;
  return (Array.isArray(to) ? to : [to]).filter((address) => typeof address === "string");
}

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
function answer(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  let rawBody = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (rawBody += chunk));
  req.on("end", () => {
    const path = req.url ?? "/";
    if (req.method === "GET" && path === "/__sent") return answer(res, 200, sent);

    /** @type {unknown} */
    let body = null;
    try {
      body = rawBody ? JSON.parse(rawBody) : null;
    } catch {
      body = null;
    }
    sent.push({
      method: req.method ?? "",
      path,
      authorization: req.headers.authorization ?? null,
      contentType: req.headers["content-type"] ?? null,
      body,
      rawBody,
      receivedAt: new Date().toISOString(),
    });

    if (req.method !== "POST" || path !== "/emails") {
      return answer(res, 404, { statusCode: 404, name: "not_found", message: "The requested endpoint does not exist." });
    }
    if (body === null) {
      return answer(res, 422, { statusCode: 422, name: "validation_error", message: "Invalid JSON body." });
    }
    if (recipients(body).some((address) => address.includes("resend-down"))) {
      return answer(res, 500, { statusCode: 500, name: "internal_server_error", message: "An unexpected error occurred." });
    }
    return answer(res, 200, { id: randomUUID() });
  });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`fake-resend: listening on http://127.0.0.1:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
