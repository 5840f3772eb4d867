// A stand-in for Resend's HTTP API, for tests that run the app with MAIL_TRANSPORT=resend
// and RESEND_BASE_URL pointing here (tests/e2e/resend.e2e.ts, tests/integration/fault-mail-*.test.ts).
//
//   POST /emails   records the request and answers 200 {"id": "..."} like Resend does, unless
//                  the recipient asks for a fault by its local part:
//                    "resend-down" anywhere, or starting "fail-500"  500 internal_server_error
//                    starting "refuse"                               422 validation_error
//                    starting "slow"                                 200, but only after FAKE_RESEND_SLOW_MS
//                                                                    (default 15 s: past the app's timeout)
//                  With "-once" in the local part ("fail-500-once.x@…") only the first request
//                  for that address gets the fault; the next one (the user's retry) goes through.
//   GET  /__sent   every recorded request, oldest first, as JSON.
//
// Any other request is recorded too and answered 404, so a wrong path shows up in /__sent.
// Run as a script it listens on 127.0.0.1:FAKE_RESEND_PORT; tests may also import
// createFakeResend() and listen themselves.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { pathToFileURL } from "node:url";

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
  if (res.destroyed) return;
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

/** @param {string} address @returns {"500" | "422" | "slow" | null} */
function faultOf(address) {
  const local = address.split("@")[0] ?? "";
  if (address.includes("resend-down") || local.startsWith("fail-500")) return "500";
  if (local.startsWith("refuse")) return "422";
  if (local.startsWith("slow")) return "slow";
  return null;
}

/** @param {{ slowMs?: number }} [options] */
export function createFakeResend({ slowMs = Number(process.env.FAKE_RESEND_SLOW_MS) || 15_000 } = {}) {
  /** @type {{ method: string; path: string; authorization: string | null; contentType: string | null; body: unknown; rawBody: string; receivedAt: string }[]} */
  const sent = [];
  /** Addresses whose one fault ("-once") has been served. */
  const faulted = new Set();
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set();

  /** @param {string[]} addresses */
  function fault(addresses) {
    for (const address of addresses) {
      const kind = faultOf(address);
      if (!kind) continue;
      if (address.includes("-once")) {
        if (faulted.has(address)) continue;
        faulted.add(address);
      }
      return kind;
    }
    return null;
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
      const kind = fault(recipients(body));
      if (kind === "500") {
        return answer(res, 500, { statusCode: 500, name: "internal_server_error", message: "An unexpected error occurred." });
      }
      if (kind === "422") {
        return answer(res, 422, { statusCode: 422, name: "validation_error", message: "Invalid `to` field. The email address is not allowed." });
      }
      if (kind === "slow") {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer(res, 200, { id: randomUUID() });
        }, slowMs);
        timers.add(timer);
        return;
      }
      return answer(res, 200, { id: randomUUID() });
    });
  });

  return {
    server,
    sent,
    /** Listens on 127.0.0.1 (port 0: any free one) and resolves to the base URL. */
    listen(port = 0) {
      return new Promise((resolve) => {
        server.listen(port, "127.0.0.1", () => {
          const address = server.address();
          resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`);
        });
      });
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.FAKE_RESEND_PORT);
  if (!Number.isInteger(port) || port <= 0) {
    console.error("fake-resend: set FAKE_RESEND_PORT to the port to listen on");
    process.exit(1);
  }
  const fake = createFakeResend();
  const url = await fake.listen(port);
  console.log(`fake-resend: listening on ${url}`);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => fake.close().then(() => process.exit(0)));
}
