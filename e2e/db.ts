// Direct, read-only SQL against the database the browser tests run on (DATABASE_URL), for tests that check
// what is stored rather than what a page shows.
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

export async function queryDb<T = Record<string, unknown>>(sqliteSql: string, pgSql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.DATABASE_URL ?? "";
  if (/^postgres(ql)?:\/\//.test(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(pgSql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.resolve(url.replace(/^file:/, "")), { readonly: true });
  try {
    return db.prepare(sqliteSql).all(...params) as T[];
  } finally {
    db.close();
  }
}
