import "server-only";
import { Resend } from "resend";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { MailDeliveryError } from "@/lib/errors/mail-delivery";
import { errorName, logger } from "@/lib/log";

export { MailDeliveryError };

export type OutgoingMail = { to: string; subject: string; html: string; text: string };

export async function sendMail(mail: OutgoingMail): Promise<void> {
  try {
    if (env().mailTransport === "resend") await sendWithResend(mail);
    else await storeInOutbox(mail);
  } catch (error) {
    // Never the recipient: it may be an address someone typed (docs/SECURITY.md).
    if (error instanceof MailDeliveryError) logger.error("mailer.failed", { provider: error.providerError, statusCode: error.statusCode });
    throw error;
  }
}

/**
 * For a mail that carries a link the database stores (a token row): if the mail does not
 * go, `undo` removes what it was for, so no link exists that nobody received, and the
 * user's retry starts clean. The error is passed on for the caller's message.
 */
export async function sendOrUndo(mail: OutgoingMail, undo: () => Promise<unknown>): Promise<void> {
  try {
    await sendMail(mail);
  } catch (error) {
    await undo();
    throw error;
  }
}

/**
 * The same, for mail sent after the response (Next's `after`), where the answer was the
 * same whether or not a mail goes: nobody is left to tell, so the failure is logged (by
 * sendMail) and `undo` removes the row the mail was for, so the user's next request sends
 * a fresh link (docs/SECURITY.md, "Enumeration"). A security notice has nothing to undo:
 * the change it tells of has happened, and a failed mail must not undo it.
 */
export function sendAfterResponse(mail: OutgoingMail, undo: () => Promise<unknown> = async () => undefined): () => Promise<void> {
  return () =>
    sendOrUndo(mail, undo).catch((error: unknown) => {
      // A delivery failure is already logged; anything else (the outbox, the undo) is not.
      if (!(error instanceof MailDeliveryError)) logger.error("mailer.afterResponseFailed", { error: errorName(error) });
    });
}

async function sendWithResend(mail: OutgoingMail): Promise<void> {
  const config = env();
  let result: Awaited<ReturnType<Resend["emails"]["send"]>>;
  try {
    // A fresh client per mail: the SDK reads RESEND_BASE_URL at construction, and tests change it.
    const resend = new Resend(config.RESEND_API_KEY);
    result = await resend.emails.send(
      { from: config.MAIL_FROM, to: mail.to, subject: mail.subject, html: mail.html, text: mail.text },
      // A hung provider must not hold a user's request (and any open transaction) for long.
      { signal: AbortSignal.timeout(config.RESEND_TIMEOUT_MS) },
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
  logger.info("mailer.outbox", { to: mail.to, subject: mail.subject, readAt: "/dev/outbox" });
}
