import fs from 'node:fs';
import { DOCUMENT_ROLES_FILE, documentRoles, renderDocumentRoles } from './document-roles';

// `npm run codegen -w console` ends here: the table of roles per console operation, from the supergraph's field rules.
fs.writeFileSync(DOCUMENT_ROLES_FILE, renderDocumentRoles(documentRoles()));
console.log(`wrote ${DOCUMENT_ROLES_FILE}`);
