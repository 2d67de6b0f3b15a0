/** The only code that touches IndexedDB. */
export { DB_NAME, DB_VERSION, MIGRATIONS, openZhifaDb, runMigrations, type ZhifaDb, type ZhifaDbSchema } from './db';
export {
  ZhifaStore,
  type Failure,
  type ImportOutcome,
  type LedgerInput,
  type OutboxPolicy,
  type ProceedingInput,
  type QuarantinedItem,
  type SealAndStoreOptions,
  type SealOutcome,
  type StoreOptions,
} from './store';
export type { OutboxRow, OutboxState, ProceedingRow, QuarantineRow, ReportRow } from './rows';
