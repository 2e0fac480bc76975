import { isSourceAddress } from '@hub/common/light';

/** An address as the log holds it: an IPv4 address mapped into IPv6 (`::ffff:10.0.0.1`) is written as IPv4. */
function normalised(raw: string | undefined): string | undefined {
  const address = raw?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isSourceAddress(address) ? address.toLowerCase() : undefined;
}

/**
 * The address a request came from, for the access log (NEN 7513's access point). The connection's peer,
 * unless that peer is one of the trusted proxies (TRUSTED_PROXIES): then X-Forwarded-For is read from the
 * right, past every trusted proxy, to the first address that is not one; an entry that is no address stops
 * the walk at the last proxy. A caller cannot put an address in the log by sending the header itself: the
 * header counts only when a trusted proxy delivered the request.
 */
export function sourceAddressOf(peer: string | undefined, forwardedFor: string | undefined, trustedProxies: ReadonlySet<string>): string | undefined {
  let address = normalised(peer);
  if (!address || !trustedProxies.has(address) || !forwardedFor) return address;
  const hops = forwardedFor.split(',');
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = normalised(hops[i]);
    if (!hop) return address;
    address = hop;
    if (!trustedProxies.has(hop)) return hop;
  }
  return address;
}
