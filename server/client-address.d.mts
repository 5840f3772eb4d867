export function parseTrustedProxies(value: string | undefined): number;
export function clientAddress(input: { peer: string | undefined; forwardedFor: string | string[] | undefined; trustedProxies: number }): string;
