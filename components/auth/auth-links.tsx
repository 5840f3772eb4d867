import Link from "next/link";

/*
 * The links under the signed-out forms, rendered on the server and handed to the client form
 * as a prop. The forms are client components: importing next/link there would put another
 * copy of it in each form's chunk (issue 11).
 *
 * /login's links are plain anchors: with the 404 and 403 pages' link (dashboard-link.tsx)
 * they were all that put next/link's client code on /login, about 3 KB gzip. The other
 * links keep next/link, so a step of a flow (the second step's "Herstelcode gebruiken")
 * stays a client navigation and its heading takes the focus (components/ui/step-heading.tsx).
 */

const strong = "font-medium text-teal-800 underline underline-offset-2";

export function LoginFormLinks({ forgot, noAccount, register }: { forgot: string; noAccount: string; register: string }) {
  return (
    <>
      <a href="/forgot-password" className={`text-sm ${strong}`}>
        {forgot}
      </a>
      <p className="text-sm text-slate-600">
        {noAccount}{" "}
        <a href="/register" className={strong}>
          {register}
        </a>
      </p>
    </>
  );
}

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
