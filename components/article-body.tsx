import { splitParagraphs } from "@/lib/content/normalize";

interface Props {
  body: string;
  /** [start, end) offsets into body to highlight as evidence. */
  highlight?: { start: number; end: number } | null;
}

/** The article's paragraphs with anchors (#p1, #p2, …) and an optional evidence highlight (#evidence). */
export function ArticleBody({ body, highlight }: Props) {
  const paragraphs = splitParagraphs(body);
  return (
    <div className="font-serif text-[1.1875rem] leading-[1.75] text-stone-800 dark:text-stone-200">
      {paragraphs.map((p) => {
        const id = `p${p.index + 1}`;
        const hl = highlight && highlight.start < p.end && highlight.end > p.start ? highlight : null;
        let content: React.ReactNode = p.text;
        if (hl) {
          const from = Math.max(hl.start, p.start) - p.start;
          const to = Math.min(hl.end, p.end) - p.start;
          const first = Math.max(hl.start, p.start) === hl.start;
          content = (
            <>
              {p.text.slice(0, from)}
              <mark className="evidence" id={first ? "evidence" : undefined}>
                {p.text.slice(from, to)}
              </mark>
              {p.text.slice(to)}
            </>
          );
        }
        return (
          <p key={id} id={id} className="group relative mb-6 scroll-mt-24">
            {/* (out of the tab order: a reader going by keyboard reaches "Take the quiz" without fourteen stops) */}
            <a
              href={`#${id}`}
              tabIndex={-1}
              aria-label={`Link to paragraph ${p.index + 1}`}
              className="no-print absolute -left-7 top-0 hidden select-none text-sm text-stone-300 no-underline opacity-0 group-hover:opacity-100 focus:opacity-100 sm:inline dark:text-stone-600"
            >
              ¶
            </a>
            {content}
          </p>
        );
      })}
    </div>
  );
}
