/**
 * Who may talk to the desk's server: only its own page, on the loopback address. Pure, so that
 * the tests can try every way a foreign page could get in.
 */
import { timingSafeEqual } from 'node:crypto';

/** What the guard reads of a request. */
export interface RequestFacts {
  method: string;
  /** The `Host` header. */
  host: string | undefined;
  /** The `Origin` header; browsers send it with every POST and with cross-origin reads. */
  origin: string | undefined;
  /** The desk token header. */
  token: string | undefined;
}

/** The desk's own address. */
export interface DeskAddress {
  port: number;
  /** The per-run secret. */
  secret: string;
}

/** The names the desk's own page can have: the loopback address and `localhost`, on its port. */
export const ownHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

/**
 * Why a request to any page of the desk is refused, or null: a `Host` that is not the desk's own
 * is a DNS-rebinding attempt (a foreign name resolving to 127.0.0.1), so nothing is served to it.
 */
export function pageRefusal(host: string | undefined, port: number): string | null {
  return host && ownHosts(port).includes(host.toLowerCase())
    ? null
    : `Host "${host ?? ''}" is not the desk's own address`;
}

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Why a call of the desk's API is refused, or null. It must come to the desk's own host, from the
 * desk's own origin (a write must name it), and carry the run's secret: a page on another origin
 * can neither read the secret nor send the header without a preflight the desk never grants.
 */
export function apiRefusal(request: RequestFacts, desk: DeskAddress): string | null {
  const page = pageRefusal(request.host, desk.port);
  if (page) return page;
  const origins = ownHosts(desk.port).map((host) => `http://${host}`);
  if (request.origin !== undefined && !origins.includes(request.origin.toLowerCase())) {
    return `Origin "${request.origin}" is not the desk's own`;
  }
  if (request.method !== 'GET' && request.origin === undefined) {
    return 'a write must say its Origin';
  }
  if (!request.token || !sameSecret(request.token, desk.secret)) {
    return 'the desk token is missing or wrong';
  }
  return null;
}
