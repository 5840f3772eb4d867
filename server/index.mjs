// The app's HTTP entry for `npm start` and `npm run dev`: Next's own request handler,
// wrapped so that X-Forwarded-For holds exactly one address, the client's, before Next
// sees the request. `next start` passes a client's own X-Forwarded-For through unchanged
// and gives pages no access to the socket, so per-IP limits could be dodged with a header.
// Every request also gets an id (x-request-id), carried by each log line it causes.
import http from "node:http";
import nextEnv from "@next/env";
import next from "next";
import { clientAddress, parseTrustedProxies } from "./client-address.mjs";
import { databaseUnavailable, log, newRequestId, withRequestId } from "./log.mjs";
import { lockSqliteFile, sqliteFile } from "./sqlite-lock.mjs";

const dev = process.argv.includes("--dev");
nextEnv.loadEnvConfig(process.cwd(), dev);
const port = Number(process.env.PORT || 3000);
let trustedProxies;
try {
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const file = sqliteFile(process.env.DATABASE_URL);
  // Only for tests that read the file while a second server runs on it (never in a deployment).
  if (file && process.env.SQLITE_ALLOW_SECOND_PROCESS !== "1") lockSqliteFile(file);
} catch (error) {
  log("error", "server.startRefused", { reason: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

const app = next({ dev, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers["x-forwarded-for"] = clientAddress({
    peer: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedProxies,
  });
  // Always ours: a client's own value could forge or collide with another request's lines.
  const requestId = newRequestId();
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  withRequestId(requestId, () => {
    answerUnavailableAs503(res);
    return handle(req, res);
  });
});
/**
 * A page or route that failed because the database is away answers 503 with Retry-After
 * rather than 500 (the page itself says "probeer het zo opnieuw": app/error.tsx). Node
 * sends every status through writeHead, also the implicit one of a first write.
 */
function answerUnavailableAs503(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (statusCode, ...rest) {
    if (statusCode >= 500 && databaseUnavailable()) {
      res.setHeader("Retry-After", "5");
      return writeHead.call(this, 503, ...rest.filter((part) => typeof part !== "string"));
    }
    return writeHead.call(this, statusCode, ...rest);
  };
}

if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, () => {
  // Test fixtures (tests/e2e/fixtures/*-server.ts) wait for this text.
  log("info", "server.started", { message: `> Tweestap on http://localhost:${port} (${dev ? "development" : "production"}, TRUSTED_PROXIES=${trustedProxies})` });
});

// SIGTERM (a deploy, a scale-down): stop taking connections, finish what is in flight.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    log("info", "server.stopping", { signal });
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
