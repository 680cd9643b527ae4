import { FieldError } from "./form";

const ROLE_OPTIONS = [
  { value: "student", label: "Student", description: "Take quizzes, review what you missed, join classes." },
  { value: "teacher", label: "Teacher", description: "Create classes and assign quizzes. Teachers can take quizzes too." },
] as const;

export function RolePicker({ defaultValue, error, legend = "I am a" }: { defaultValue?: string; error?: string[]; legend?: string }) {
  const selected = defaultValue === "teacher" ? "teacher" : "student";
  return (
    <fieldset>
      <legend className="block text-sm font-medium text-stone-800 dark:text-stone-200">{legend}</legend>
      <div className="mt-1.5 grid gap-3 sm:grid-cols-2">
        {ROLE_OPTIONS.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer gap-3 rounded-lg border border-stone-300 bg-white p-3 transition-colors hover:border-brand-400 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-500 dark:border-stone-700 dark:bg-stone-900 dark:has-[:checked]:bg-brand-950/60"
          >
            <input type="radio" name="role" value={o.value} defaultChecked={selected === o.value} className="mt-0.5 h-4 w-4 accent-brand-600" />
            <span>
              <span className="block text-sm font-semibold">{o.label}</span>
              <span className="mt-0.5 block text-xs text-stone-600 dark:text-stone-400">{o.description}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}
