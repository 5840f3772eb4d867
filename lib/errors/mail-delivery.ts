/**
 * Delivery failed. Callers map it to a Dutch message and roll back what the mail was for
 * (lib/mail/send.ts: sendOrUndo). The message names only the provider's error, never the
 * mail's content: bodies carry login links and tokens, and this error ends up in logs.
 * Framework-free, so the action wrapper can recognise it without loading the mailer.
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
