import { signOutAction } from "@/lib/actions/sign-in";

/** A plain form POST: works before the page's JavaScript has loaded. */
export function SignOutButton({ label, className = "" }: { label: string; className?: string }) {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className={`min-h-11 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700 ${className}`}
      >
        {label}
      </button>
    </form>
  );
}
