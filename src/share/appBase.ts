/** The app's own address, without query or hash: what embed codes and share links point at. */
export function appBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
