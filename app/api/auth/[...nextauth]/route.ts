import { handlers } from "@/lib/session/auth-config";

export const { GET, POST } = handlers;
