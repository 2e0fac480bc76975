/** A document's text, imported with Vite's `?raw` (confidential-address-read.ts). */
declare module '*.graphql?raw' {
  const text: string;
  export default text;
}
