export function SiteFooter() {
  return (
    <footer className="no-print border-t border-stone-200 py-8 text-sm text-stone-500 dark:border-stone-800 dark:text-stone-400">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>Lectio — questions drawn from the text, with the sentence behind every answer.</p>
        <p>Free to self-host. Works offline.</p>
      </div>
    </footer>
  );
}
