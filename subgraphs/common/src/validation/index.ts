export * from './limits';
export * from './rules';
export * from './input-rules';
export * from './validate-input';
export * from './normalise';
