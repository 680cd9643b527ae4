import { ReviewItem } from "./review-item";

type Item = React.ComponentProps<typeof ReviewItem>["item"];

/** Every question of an attempt with the answer given, the right one and its evidence: the student's and the teacher's review. */
export function ReviewList({ items }: { items: Item[] }) {
  return (
    <section aria-labelledby="review-heading" className="mt-10">
      <h2 id="review-heading" className="mb-4 text-xl font-semibold tracking-tight">
        Review
      </h2>
      <ol className="space-y-4">
        {items.map((item, i) => (
          <ReviewItem key={item.id} item={item} number={i + 1} />
        ))}
      </ol>
    </section>
  );
}
