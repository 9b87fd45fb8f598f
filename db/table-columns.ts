/** Every column of every table, generated with the types (see schema.ts). */
export { tableColumns } from './schema.generated.ts';
