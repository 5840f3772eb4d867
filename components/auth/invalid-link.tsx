import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

/** A mailed link that can no longer be used: why, and where to go instead. */
export function InvalidLink({ title, message, href, linkLabel }: { title: string; message: string; href: string; linkLabel: string }) {
  return (
    <Card title={title} headingLevel={1}>
      <Alert tone="error">{message}</Alert>
      <Link href={href} className="mt-4 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
        {linkLabel}
      </Link>
    </Card>
  );
}
