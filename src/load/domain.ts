/** The registrable domain of an address: what the site, its links and its title brand are compared by. */

/** Second-level labels under a country code that are not a brand: "bbc.co.uk", "abc.net.au", "asahi.com.br". */
const SECOND_LEVEL = /^(?:co|com|net|org|gov|edu|ac|ne|or|go|gob|nic|ltd|plc)$/;

/** "https://www.bbc.co.uk/news/x" → "bbc.co.uk"; null for no URL, an IP address or a bare host name. A
 * protocol-relative link ("//cdn.example.com/x") is read as https. */
export function registrableDomain(url: string | null): string | null {
  let host: string;
  try {
    host = url ? new URL(url.startsWith('//') ? `https:${url}` : url).hostname.toLowerCase() : '';
  } catch {
    return null;
  }
  if (!host.includes('.') || /^[\d.]+$|^\[|:/.test(host)) return null;
  const labels = host.replace(/\.$/, '').split('.');
  const n = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && SECOND_LEVEL.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-n).join('.');
}
