/*
 * The links under the signed-out forms, rendered on the server and handed to the client form
 * as a prop. Plain anchors, not next/link: with the 404 and 403 pages' link (dashboard-link.tsx)
 * they were all that put next/link's client code on /login, about 3 KB gzip (issue 11). A
 * signed-out page loads as a whole page anyway.
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
      <a href="/login" className={strong}>
        {login}
      </a>
    </p>
  );
}

/** Under the second step: the other method, and back to the password step. */
export function SecondStepLinks({ otherHref, other, back }: { otherHref: string; other: string; back: string }) {
  return (
    <div className="flex flex-col gap-2 text-sm">
      <a href={otherHref} className={strong}>
        {other}
      </a>
      <a href="/login" className="text-slate-600 underline underline-offset-2">
        {back}
      </a>
    </div>
  );
}

/** "Terug naar inloggen": quiet under the form, prominent once the mail has been requested. */
export function BackToLogin({ label, prominent = false }: { label: string; prominent?: boolean }) {
  return (
    <a href="/login" className={prominent ? `text-sm ${strong}` : "text-sm text-slate-600 underline underline-offset-2"}>
      {label}
    </a>
  );
}
