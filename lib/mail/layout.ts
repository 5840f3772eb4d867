import { env } from "@/lib/env";
import { format, messages, type Locale } from "@/lib/i18n";

export type MailAction = { label: string; url: string };
export type RenderedMail = { html: string; text: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Safe in element content and in quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * A button in a mail must lead to this app: a link to anywhere else would make our mail a
 * phishing vehicle, and a relative link does not work in a mail client.
 */
function assertAppUrl(url: string): void {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || parsed.origin !== new URL(env().APP_URL).origin) {
    throw new Error("Mail links must be absolute URLs on APP_URL");
  }
}

const font = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const textStyle = `${font}margin:0;font-size:16px;line-height:1.5;color:#27272a;`;

function row(content: string, padding = "16px 24px 0 24px"): string {
  return `<tr><td style="padding:${padding};">${content}</td></tr>`;
}

// Paragraphs are plain text; line breaks inside them survive as <br>.
function paragraphHtml(text: string, style = textStyle): string {
  return `<p style="${style}">${escapeHtml(text).replace(/\r?\n/g, "<br>")}</p>`;
}

function actionHtml(action: MailAction, fallback: string): string {
  const href = escapeHtml(action.url);
  const button =
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>` +
    `<td style="border-radius:6px;background-color:#0f766e;">` +
    `<a href="${href}" style="${font}display:inline-block;padding:12px 20px;font-size:16px;font-weight:600;` +
    `color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(action.label)}</a>` +
    `</td></tr></table>`;
  const link =
    `<p style="${font}margin:0;font-size:13px;line-height:1.5;color:#52525b;">${escapeHtml(fallback)}<br>` +
    `<a href="${href}" style="color:#1d4ed8;word-break:break-all;">${href}</a></p>`;
  return row(button, "24px 24px 0 24px") + row(link);
}

export function renderMail(input: {
  locale: Locale;
  heading: string;
  paragraphs: string[];
  action?: MailAction;
  footer?: string;
}): RenderedMail {
  const copy = messages(input.locale);
  if (input.action) assertAppUrl(input.action.url);
  const footer = input.footer ?? format(copy.mail.layout.footer, { appName: copy.common.appName });

  const rows = [
    row(`<p style="${font}margin:0;font-size:14px;font-weight:600;color:#52525b;">${escapeHtml(copy.common.appName)}</p>`),
    row(`<h1 style="${font}margin:0;font-size:22px;line-height:1.3;color:#18181b;">${escapeHtml(input.heading)}</h1>`),
    ...input.paragraphs.map((paragraph) => row(paragraphHtml(paragraph))),
    input.action ? actionHtml(input.action, copy.mail.layout.linkFallback) : "",
    row(
      paragraphHtml(footer, `${font}margin:0;padding-top:16px;border-top:1px solid #e4e4e7;font-size:12px;line-height:1.5;color:#71717a;`),
      "32px 24px 24px 24px",
    ),
  ];

  const html =
    `<!DOCTYPE html><html lang="${escapeHtml(input.locale)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light">` +
    `<title>${escapeHtml(input.heading)}</title></head>` +
    `<body style="margin:0;padding:0;background-color:#f4f4f5;">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f5;">` +
    `<tr><td align="center" style="padding:24px 8px;">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" ` +
    `style="max-width:560px;background-color:#ffffff;border:1px solid #e4e4e7;border-radius:8px;">` +
    rows.join("") +
    `</table></td></tr></table></body></html>`;

  const text = [
    input.heading,
    ...input.paragraphs,
    ...(input.action ? [`${input.action.label}:\n${input.action.url}`] : []),
    `--\n${footer}`,
  ].join("\n\n");

  return { html, text: `${text}\n` };
}
