import type { Context } from "hono";

/** Options of {@link clientAddress}. */
export interface ClientAddressOptions {
  /**
   * The server runs behind a proxy that appends the client's address to `X-Forwarded-For`: the last
   * address there is the client's. Off, the header is ignored, since any client can send it.
   */
  trustProxy: boolean;
}

function ipv6Groups(address: string): string[] | null {
  const [head = "", tail, extra] = address.toLowerCase().split("::");
  if (extra !== undefined) return null;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) => group.padStart(4, "0"));
}

/**
 * One spelling per client for counting: an IPv4-mapped IPv6 address is its IPv4 address, and an
 * IPv6 address counts as its /64 network, since one subscriber is usually given a whole /64.
 */
export function canonicalAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  if (mapped) return mapped[1]!;
  if (!trimmed.includes(":")) return trimmed;
  const groups = ipv6Groups(trimmed.split("%")[0]!);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : trimmed;
}

/** The address a request comes from, in canonical form; `unknown` where the runtime does not tell. */
export function clientAddress(c: Context, options: ClientAddressOptions): string {
  if (options.trustProxy) {
    const forwarded = c.req.header("X-Forwarded-For")?.split(",").pop()?.trim();
    if (forwarded) return canonicalAddress(forwarded);
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const remote = incoming?.socket?.remoteAddress;
  return remote ? canonicalAddress(remote) : "unknown";
}
