// The app's HTTP entry for `npm start` and `npm run dev`: Next's own request handler,
// wrapped so that X-Forwarded-For holds exactly one address, the client's, before Next
// sees the request. `next start` passes a client's own X-Forwarded-For through unchanged
// and gives pages no access to the socket, so per-IP limits could be dodged with a header.
import http from "node:http";
import nextEnv from "@next/env";
import next from "next";
import { clientAddress, parseTrustedProxies } from "./client-address.mjs";

const dev = process.argv.includes("--dev");
nextEnv.loadEnvConfig(process.cwd(), dev);
const port = Number(process.env.PORT || 3000);
let trustedProxies;
try {
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
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
  handle(req, res);
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, () => {
  console.log(`> Tweestap on http://localhost:${port} (${dev ? "development" : "production"}, TRUSTED_PROXIES=${trustedProxies})`);
});

// SIGTERM (a deploy, a scale-down): stop taking connections, finish what is in flight.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
