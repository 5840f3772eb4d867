import Link from "next/link";

/*
 * The links under the signed-out forms, rendered on the server and handed to the client form
 * as a prop. The forms are client components: importing next/link there would put another
 * copy of it in each form's chunk, beside the one every page already loads (issue 11).
 */

const strong = "font-medium text-teal-800 underline underline-offset-2";

export function LoginFormLinks({ forgot, noAccount, register }: { forgot: string; noAccount: string; register: string }) {
  return (
    <>
      <Link href="/forgot-password" className={`text-sm ${strong}`}>
        {forgot}
      </Link>
      <p className="text-sm text-slate-600">
        {noAccount}{" "}
        <Link href="/register" className={strong}>
          {register}
        </Link>
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
