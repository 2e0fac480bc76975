// The supergraph file is read where @hub/common's trusted-document check reads it too: one path.
export { readSupergraph, SUPERGRAPH_PATH } from '@hub/common/light';
