/*
 * The links under /login's form: plain anchors, and this module imports no next/link. A
 * server module that imports it puts next/link's client code (about 3 KB gzip) on every page
 * that imports the module, rendered or not (issue 11; auth-links.tsx has the others).
 */

export const strong = "font-medium text-teal-800 underline underline-offset-2";

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
