declare module 'virtual:content' {
  /** The checked content; typed as `Content` in `content.ts`. */
  const content: unknown;
  export default content;
}
