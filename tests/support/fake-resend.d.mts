import type http from "node:http";

export type SentRequest = {
  method: string;
  path: string;
  authorization: string | null;
  contentType: string | null;
  body: unknown;
  rawBody: string;
  receivedAt: string;
};

export function createFakeResend(options?: { slowMs?: number }): {
  server: http.Server;
  sent: SentRequest[];
  listen(port?: number): Promise<string>;
  close(): Promise<void>;
};
