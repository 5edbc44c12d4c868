/** Moved to src/services/save-csv.ts (the legal statistics page exports CSV too; subpackages do not import each other). */
export { saveCsv } from '../services/save-csv'
