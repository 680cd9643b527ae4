// Vitest setup file: before each test file imports anything, point DATABASE_URL at a fresh copy of the
// migrated template, so test files never see each other's rows.
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";

const template = process.env.LECTIO_TEST_TEMPLATE;
const run = process.env.LECTIO_TEST_RUN;
if (!template || !run) throw new Error("server/test/global-setup.ts did not run");
const unique = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

if (template.startsWith("file:")) {
  const source = template.slice("file:".length);
  const copy = path.join(path.dirname(source), `${run}-${unique}.db`);
  copyFileSync(source, copy);
  process.env.DATABASE_URL = `file:${copy}`;
} else {
  const url = new URL(template);
  const name = `lectio_${run}_${unique}`;
  const templateName = url.pathname.slice(1);
  const adminUrl = new URL(template);
  adminUrl.pathname = "/postgres";
  // Synchronous so it is done before the test file's imports run.
  execFileSync(process.execPath, [
    "-e",
    `const pg=require("pg");const c=new pg.Client({connectionString:process.argv[1]});c.connect().then(()=>c.query('CREATE DATABASE ${name} TEMPLATE ${templateName}')).then(()=>c.end()).catch(e=>{console.error(e.message);process.exit(1)})`,
    adminUrl.toString(),
  ]);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
}
