"use client";

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  fillBlank: boolean;
}

/** A text field for blanks and short answers; graded leniently on the server. */
export function TypedInput({ id, value, onChange, disabled, fillBlank }: Props) {
  return (
    <div>
      <label htmlFor={id} className="mb-2 block text-sm font-medium text-stone-700 dark:text-stone-300">
        {fillBlank ? "Word or words for the blank" : "Your answer"}
      </label>
      <input
        id={id}
        name="answer"
        type="text"
        className="input text-lg"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={200}
      />
      <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">Spelling, capitals and small typos are forgiven; numbers can be words or digits.</p>
    </div>
  );
}
