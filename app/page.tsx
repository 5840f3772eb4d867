import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session/current-user";

export default async function Home() {
  redirect((await getCurrentUser()) ? "/dashboard" : "/login");
}
