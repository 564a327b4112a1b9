/**
 * The resize protocols of the pages an embed lands in, from the embedded page's side: besides our
 * own message, AMP's `embed-size` (which @newswire/frames also reads), Pym.js's child message, and
 * WordPress's `wp-embed` height message with the secret the host put in the embed's address.
 * Pure: what to send is worked out here; the bridge posts it to the parent only.
 */

/** What the embed's address says about its host. */
export interface HostContext {
  /** The id a Pym.js parent gave this child (`?childId=`), or null. */
  pymChildId: string | null;
  /** The secret a WordPress host appended (`#?secret=`), or null. */
  wordpressSecret: string | null;
}

/** The tallest iframe WordPress's wp-embed allows; an embed there keeps its content within it. */
export const WORDPRESS_MAX_HEIGHT = 1000;

/** Pym.js's delimiter between the parts of a message. */
const PYM_DELIMITER = 'xPYMx';

/** Reads the host's marks from the embed's query and hash. */
export function hostContextOf(search: string, hash: string): HostContext {
  const childId = new URLSearchParams(search).get('childId');
  const secret = /[#?&]secret=([A-Za-z0-9]{1,64})$/.exec(hash)?.[1] ?? null;
  return {
    pymChildId: childId && /^[\w-]{1,100}$/.test(childId) ? childId : null,
    wordpressSecret: secret,
  };
}

/** Every message that tells this host how tall the embed's content is. */
export function heightMessagesFor(height: number, context: HostContext): unknown[] {
  const rounded = Math.ceil(height);
  const messages: unknown[] = [
    { type: 'trans-caspian:height', height: rounded },
    // AMP's amp-iframe and @newswire/frames.
    { sentinel: 'amp', type: 'embed-size', height: rounded },
  ];
  if (context.pymChildId !== null) {
    messages.push(['pym', context.pymChildId, 'height', String(rounded)].join(PYM_DELIMITER));
  }
  if (context.wordpressSecret !== null) {
    messages.push({ message: 'height', value: rounded, secret: context.wordpressSecret });
  }
  return messages;
}

/** Whether a parent's message asks for the height again: ours, or @newswire/frames' `frames-init`. */
export function asksForHeight(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return (
    (record.type === 'trans-caspian:measure' && Object.keys(record).length === 1) ||
    (record.sentinel === 'amp' && record.type === 'frames-init')
  );
}

/**
 * What tells a WordPress host to open a link the reader followed. Its sandbox (`allow-scripts`
 * alone) lets no link open a tab, so wp-embed takes `{ message: 'link', value, secret }` and
 * opens the address in the page itself, for an address on the embed's own host only (it checks
 * that too). Null for any other link, or outside WordPress.
 */
export function wordpressLinkMessage(
  href: string,
  embedUrl: string,
  context: HostContext,
): { message: 'link'; value: string; secret: string } | null {
  if (context.wordpressSecret === null) return null;
  let target: URL;
  try {
    target = new URL(href, embedUrl);
  } catch {
    return null;
  }
  if (target.host !== new URL(embedUrl).host || !/^https?:$/.test(target.protocol)) return null;
  return { message: 'link', value: target.href, secret: context.wordpressSecret };
}
