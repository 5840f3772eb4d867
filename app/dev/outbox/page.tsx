import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { outboxView } from "@/lib/mail/outbox-view";
import { getCurrentUser } from "@/lib/session/current-user";
import { defaultLocale, format, messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";

export const metadata: Metadata = { title: "Outbox", robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const LIST_SIZE = 50;

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed && trimmed.length <= 320 ? trimmed : undefined;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">" };

// Only http(s) links are offered: a developer follows them in this browser, so its cookies apply.
function linksIn(mail: { html: string; text: string }): string[] {
  const fromHtml = [...mail.html.matchAll(/href="([^"]*)"/g)].map((match) =>
    (match[1] ?? "").replace(/&(amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity),
  );
  const fromText = mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
  return [...new Set([...fromHtml, ...fromText])].filter((link) => /^https?:\/\//.test(link));
}

// Seconds tell apart mails sent in the same minute, e.g. a link asked for twice.
const sentAt = (date: Date): string => formatDateTime(date, defaultLocale, "short", "medium");

export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  // Who may see it, and which mail: lib/mail/outbox-view.ts. Signed out in production: 404.
  const view = await outboxView(env(), await getCurrentUser());
  if (!view) notFound();

  const copy = messages().mail.outbox;
  const params = await searchParams;
  const to = single(params.to);
  const visible = view.scope === "all" ? {} : { to: { in: view.addresses } };
  const mails = await db.outboxMail.findMany({
    where: to ? { AND: [visible, { to }] } : visible,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_SIZE,
    select: { id: true, to: true, subject: true, createdAt: true },
  });
  // Without a choice, show the newest mail: usually the login link the developer just asked for.
  const selectedId = single(params.id) ?? mails[0]?.id;
  const selected = selectedId ? await db.outboxMail.findFirst({ where: { AND: [visible, { id: selectedId }] } }) : null;
  const hrefFor = (id: string) => `/dev/outbox?${new URLSearchParams(to ? { to, id } : { id }).toString()}`;

  return (
    <main className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:px-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold text-slate-900">{copy.title}</h1>
        <p className="text-sm text-slate-600">{copy.intro}</p>
      </header>

      <form method="get" action="/dev/outbox" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="flex flex-1 flex-col gap-1.5 text-sm font-medium text-slate-900">
          {copy.filterLabel}
          <input
            type="email"
            name="to"
            defaultValue={to ?? ""}
            placeholder={copy.filterPlaceholder}
            className="min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm outline-none focus:ring-2 focus:ring-teal-600"
          />
        </label>
        <div className="flex items-center gap-4">
          <button
            type="submit"
            className="min-h-11 rounded-md bg-teal-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
          >
            {copy.filterSubmit}
          </button>
          {to ? (
            <Link href="/dev/outbox" className="text-sm text-teal-800 underline underline-offset-2">
              {copy.filterClear}
            </Link>
          ) : null}
        </div>
      </form>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card title={format(copy.newest, { count: LIST_SIZE })}>
          {mails.length === 0 ? (
            <p className="text-sm text-slate-600">{copy.empty}</p>
          ) : (
            <ul className="-mx-2 flex flex-col">
              {mails.map((mail) => (
                <li key={mail.id}>
                  <Link
                    href={hrefFor(mail.id)}
                    aria-current={mail.id === selected?.id ? "true" : undefined}
                    className="flex flex-col gap-0.5 rounded-md px-2 py-2 hover:bg-slate-50 aria-[current=true]:bg-teal-50"
                  >
                    <span className="truncate text-sm font-medium text-slate-900">{mail.subject}</span>
                    <span className="flex flex-wrap justify-between gap-x-3 text-xs text-slate-600">
                      <span className="[overflow-wrap:anywhere]">{mail.to}</span>
                      <time dateTime={mail.createdAt.toISOString()}>{sentAt(mail.createdAt)}</time>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>

        {selected ? (
          <MailDetail mail={selected} copy={copy} />
        ) : (
          <Card>
            <p className="text-sm text-slate-600">{selectedId ? copy.notFound : copy.selectHint}</p>
          </Card>
        )}
      </div>
    </main>
  );
}

type OutboxCopy = ReturnType<typeof messages>["mail"]["outbox"];
type StoredMail = { to: string; subject: string; html: string; text: string; createdAt: Date };

function MailDetail({ mail, copy }: { mail: StoredMail; copy: OutboxCopy }) {
  const links = linksIn(mail);
  return (
    <Card title={mail.subject}>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">{copy.to}</dt>
        <dd className="[overflow-wrap:anywhere] text-slate-900">{mail.to}</dd>
        <dt className="text-slate-600">{copy.sentAt}</dt>
        <dd className="text-slate-900">{sentAt(mail.createdAt)}</dd>
      </dl>

      <h3 className="mt-5 text-sm font-semibold text-slate-900">{copy.links}</h3>
      {links.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{copy.noLinks}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-1">
          {links.map((link) => (
            <li key={link}>
              <a href={link} rel="noreferrer" className="[overflow-wrap:anywhere] text-sm text-teal-800 underline underline-offset-2">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-5 text-sm font-semibold text-slate-900">{copy.htmlPart}</h3>
      {/* sandbox="" gives the mail an opaque origin with no scripts, forms or navigation. */}
      <iframe
        sandbox=""
        srcDoc={mail.html}
        title={copy.htmlFrameTitle}
        className="mt-2 h-[32rem] w-full rounded-md border border-slate-200 bg-white"
      />

      <h3 className="mt-5 text-sm font-semibold text-slate-900">{copy.textPart}</h3>
      <pre className="mt-2 overflow-x-auto rounded-md bg-slate-50 p-3 text-sm break-words whitespace-pre-wrap text-slate-800">
        {mail.text}
      </pre>
    </Card>
  );
}
