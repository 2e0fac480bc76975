/** FORBIDDEN refusals since start, for operators: a denied field (field-access.ts) or an own document where only trusted ones may run (trusted-documents.ts). */
export class AccessRefusals {
  forbidden = 0;
  trustedDocumentsOnly = 0;
}
