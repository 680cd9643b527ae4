export function Logo({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="8" className="fill-brand-600 dark:fill-brand-500" />
      <path d="M9 8v16h14" fill="none" stroke="white" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M14 13h8M14 18h5" fill="none" stroke="white" strokeWidth="2.2" strokeLinecap="round" opacity="0.75" />
    </svg>
  );
}
