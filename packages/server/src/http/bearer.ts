/**
 * What an `Authorization` header presents: nothing, something that is not a bearer token, or a token.
 * Parsed once, strictly (RFC 6750: the scheme in any case, spaces or tabs, a b64token), so that every
 * later decision (the key, its limit) rests on the token and never on how the header was spelled.
 */
export type Credentials = { kind: "none" } | { kind: "malformed" } | { kind: "bearer"; token: string };

const bearerPattern = /^bearer[ \t]+([\w.~+/-]+=*)[ \t]*$/i;

export function parseAuthorization(header: string | undefined): Credentials {
  if (header === undefined || header === "") return { kind: "none" };
  const match = bearerPattern.exec(header);
  return match ? { kind: "bearer", token: match[1]! } : { kind: "malformed" };
}
