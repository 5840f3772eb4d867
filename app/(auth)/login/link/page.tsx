import { titled } from "@/lib/i18n/page-title";
import Link from "next/link";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

// The token is in the query string: never hand it to another site as a referrer.
export const generateMetadata = titled((m) => m.link.confirmTitle, { referrer: "no-referrer" });

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const errors = ["noChallenge", "invalid", "crossSite"] as const;

/**
 * What the e-mailed link opens (only the token: the account comes from the browser's
 * challenge). A GET changes nothing (mail scanners fetch links); only the button's
 * same-origin POST goes on to sign in.
 */
export default async function LoginLinkPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const copy = messages(await requestLocale()).link;
  const error = errors.find((name) => name === params.error);
  const token = typeof params.token === "string" ? params.token : "";
  if (error || !token) {
    return (
      <Card title={copy.confirmTitle} headingLevel={1}>
        <Alert tone="error">{copy[error ?? "invalid"]}</Alert>
        <Link href="/login" className="mt-4 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
          {copy.toLogin}
        </Link>
      </Card>
    );
  }
  return (
    <Card title={copy.confirmTitle} description={copy.confirmText} headingLevel={1}>
      <form method="post" action="/api/login-link">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-teal-700 px-4 text-sm font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          {copy.confirm}
        </button>
      </form>
    </Card>
  );
}
