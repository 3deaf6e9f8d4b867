import { UnionDeskDatabase } from './schema';

let instance: UnionDeskDatabase | null = null;

/** The app's one database connection. */
export function openDatabase(): UnionDeskDatabase {
  instance ??= new UnionDeskDatabase();
  return instance;
}
