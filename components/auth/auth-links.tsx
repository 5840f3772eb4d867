import Link from "next/link";
import { strong } from "./login-form-links";

/*
 * The links under the signed-out forms, rendered on the server and handed to the client form
 * as a prop. The forms are client components: importing next/link there would put another
 * copy of it in each form's chunk (issue 11).
 *
 * /login's links are plain anchors, in a module of their own (login-form-links.tsx): a
 * server module that imports next/link puts its client code on every page that imports
 * the module, whether the link is rendered or not. These keep next/link, so a step of a
 * flow (the second step's "Herstelcode gebruiken") stays a client navigation and its heading
 * takes the focus (components/ui/step-heading.tsx).
 */

export function RegisterFormLinks({ haveAccount, login }: { haveAccount: string; login: string }) {
  return (
    <p className="text-sm text-slate-600">
      {haveAccount}{" "}
      <Link href="/login" className={strong}>
        {login}
      </Link>
    </p>
  );
}

/** Under the second step: the other method, and back to the password step. */
export function SecondStepLinks({ otherHref, other, back }: { otherHref: string; other: string; back: string }) {
  return (
    <div className="flex flex-col gap-2 text-sm">
      <Link href={otherHref} className={strong}>
        {other}
      </Link>
      <Link href="/login" className="text-slate-600 underline underline-offset-2">
        {back}
      </Link>
    </div>
  );
}

/** "Terug naar inloggen": quiet under the form, prominent once the mail has been requested. */
export function BackToLogin({ label, prominent = false }: { label: string; prominent?: boolean }) {
  return (
    <Link href="/login" className={prominent ? `text-sm ${strong}` : "text-sm text-slate-600 underline underline-offset-2"}>
      {label}
    </Link>
  );
}
