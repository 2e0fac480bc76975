// PostgreSQL for development: `npm start`, the tests, migration:create. No image installs this package.
export * from './data-dir-access';
export * from './embedded-postgres';
export * from './migration-create';
export * from './open-database';
