export * from './gateway-server';
export * from './health';
export * from './stack';
