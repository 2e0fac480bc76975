/**
 * The operation that reads a client's confidential address (documents/client-file.graphql). Its document is not part of
 * the console's first load: confidential-address-read.ts holds it and is imported only on the click that asks for the
 * address, so no page, answer or script reaches a browser with the field before a person asks (a unit test checks this
 * name against the document).
 */
export const CONFIDENTIAL_ADDRESS_OPERATION = 'ClientConfidentialAddress';
