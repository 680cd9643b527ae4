// Rendered on each request, as Lectio's pages are.
export const dynamic = "force-dynamic";

export default function FloorPage() {
  return (
    <main>
      <h1>Floor</h1>
      <p>An empty server-rendered page: what a page of this framework costs before it shows anything of its own.</p>
    </main>
  );
}
