import "server-only";
import { Resend } from "resend";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

export type OutgoingMail = { to: string; subject: string; html: string; text: string };

// A hung provider must not hold a user's request (and any open transaction) forever.
const RESEND_TIMEOUT_MS = 15_000;

/**
 * Delivery failed. Callers map `code` to a Dutch message and roll back what the mail was for.
 * The message names only the provider's error, never the mail's content: bodies carry login
 * links and tokens, and this error ends up in logs.
 */
export class MailDeliveryError extends Error {
  readonly code = "MAIL_DELIVERY_FAILED";
  readonly providerError: string | null;
  readonly statusCode: number | null;

  constructor(detail: { providerError: string | null; statusCode: number | null; reason: string }, cause?: unknown) {
    super(`Mail delivery failed: ${detail.reason}`, cause === undefined ? undefined : { cause });
    this.name = "MailDeliveryError";
    this.providerError = detail.providerError;
    this.statusCode = detail.statusCode;
  }
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  if (env().mailTransport === "resend") {
    await sendWithResend(mail);
  } else {
    await storeInOutbox(mail);
  }
}

async function sendWithResend(mail: OutgoingMail): Promise<void> {
  const config = env();
  let result: Awaited<ReturnType<Resend["emails"]["send"]>>;
  try {
    // A fresh client per mail: the SDK reads RESEND_BASE_URL at construction, and tests change it.
    const resend = new Resend(config.RESEND_API_KEY);
    result = await resend.emails.send(
      { from: config.MAIL_FROM, to: mail.to, subject: mail.subject, html: mail.html, text: mail.text },
      { signal: AbortSignal.timeout(RESEND_TIMEOUT_MS) },
    );
  } catch (error) {
    throw new MailDeliveryError({ providerError: null, statusCode: null, reason: "request to Resend failed" }, error);
  }
  if (result.error) {
    const { name, statusCode, message } = result.error;
    throw new MailDeliveryError({
      providerError: name,
      statusCode,
      reason: `Resend answered ${name}${statusCode ? ` (${statusCode})` : ""}: ${redactUrls(message)}`,
    });
  }
}

// Provider messages are not ours to vouch for; a URL in one could be a login link echoed back.
function redactUrls(text: string): string {
  return text.replace(/https?:\/\/\S+/g, "[url]").slice(0, 300);
}

async function storeInOutbox(mail: OutgoingMail): Promise<void> {
  await db.outboxMail.create({ data: mail });
  // Recipient and subject only: the body holds login links and tokens, which never go to a log.
  const readAt = new URL("/dev/outbox", env().APP_URL).href;
  console.info(`[mail] outbox: to=${mail.to} subject=${JSON.stringify(mail.subject)} (read it at ${readAt})`);
}
