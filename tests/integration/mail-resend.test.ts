import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { MailDeliveryError, sendMail } from "@/lib/mail/send";

type Captured = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string };
type Reply = { status: number; body: unknown };

const mail = {
  to: "ada@example.test",
  subject: "Uw login link",
  html: '<p><a href="http://localhost:3100/login/link?token=tok_secret_123">Inloggen</a></p>',
  text: "Inloggen: http://localhost:3100/login/link?token=tok_secret_123",
};

const managedKeys = ["MAIL_TRANSPORT", "RESEND_API_KEY", "RESEND_BASE_URL", "MAIL_FROM"] as const;
const saved = new Map(managedKeys.map((key) => [key, process.env[key]]));

let server: http.Server;
let baseUrl: string;
let requests: Captured[] = [];
let reply: Reply;

function listen(target: http.Server): Promise<string> {
  return new Promise((resolve) => {
    target.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(target.address() as AddressInfo).port}`));
  });
}

function useResend(resendBaseUrl: string): void {
  process.env.MAIL_TRANSPORT = "resend";
  process.env.RESEND_API_KEY = "re_test_123";
  process.env.MAIL_FROM = "Tweestap <noreply@example.test>";
  process.env.RESEND_BASE_URL = resendBaseUrl;
  resetEnvCache();
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(reply.status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(reply.body));
    });
  });
  baseUrl = await listen(server);
});

beforeEach(() => {
  requests = [];
  reply = { status: 200, body: { id: "4ef9a417-02e9-4d39-ad75-9611e0fcc33c" } };
  useResend(baseUrl);
});

afterEach(() => {
  for (const [key, value] of saved) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("sendMail through Resend", () => {
  it("posts the mail to /emails with the API key", async () => {
    await sendMail(mail);

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/emails");
    expect(request?.headers.authorization).toBe("Bearer re_test_123");
    expect(request?.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(request?.body ?? "null")).toEqual({
      from: "Tweestap <noreply@example.test>",
      to: "ada@example.test",
      subject: "Uw login link",
      html: mail.html,
      text: mail.text,
    });
  });

  it("rejects with MailDeliveryError when Resend refuses the mail, without the body in the message", async () => {
    reply = {
      status: 422,
      body: {
        statusCode: 422,
        name: "validation_error",
        message: "Invalid link http://localhost:3100/login/link?token=tok_secret_123 in html",
      },
    };

    const error = await sendMail(mail).then(
      () => null,
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(MailDeliveryError);
    const delivery = error as MailDeliveryError;
    expect(delivery.code).toBe("MAIL_DELIVERY_FAILED");
    expect(delivery.providerError).toBe("validation_error");
    expect(delivery.statusCode).toBe(422);
    expect(delivery.message).toContain("validation_error");
    expect(delivery.message).not.toContain("tok_secret_123");
    expect(delivery.message).not.toContain(mail.text);
  });

  it("rejects with MailDeliveryError when Resend cannot be reached", async () => {
    const closed = http.createServer();
    const closedUrl = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    useResend(closedUrl);

    await expect(sendMail(mail)).rejects.toBeInstanceOf(MailDeliveryError);
    expect(requests).toHaveLength(0);
  });
});
