import "server-only";
import { fileSlug, toCsv, type CsvCell } from "@/lib/analytics/csv";
import { isId } from "@/lib/validation/ids";
import { getSessionUser } from "../auth";

/** A CSV export: the file is `<prefix>-<title as a file name>.csv`. */
export interface CsvFile {
  prefix: string;
  title: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * A teacher's CSV download of something of theirs (a class's gradebook, an assignment's item analysis). `load`
 * finds it for that teacher only (null otherwise): anyone else, and any id of the wrong shape, gets a 404.
 */
export async function teacherCsv<T>(
  id: string,
  load: (teacherId: string, id: string) => Promise<T | null>,
  toFile: (data: T) => CsvFile,
): Promise<Response> {
  const user = await getSessionUser();
  if (!user || user.role !== "teacher" || !isId(id)) return notFound();
  const data = await load(user.id, id);
  if (!data) return notFound();
  const file = toFile(data);
  return new Response(toCsv(file.header, file.rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.prefix}-${fileSlug(file.title)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
