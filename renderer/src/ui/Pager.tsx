import { Button } from './Button';

interface PagerProps {
  /** What the list holds, for the buttons' names: "participants", "referrals". */
  noun: string;
  offset: number;
  pageSize: number;
  total: number;
  busy?: boolean;
  onOffset(offset: number): void;
}

export const count = (n: number) => n.toLocaleString('en-US');

/** "1–50 of 3,552": where a page sits in the whole list. */
export function pageRange(offset: number, shown: number, total: number): string {
  return shown === 0 ? `0 of ${count(total)}` : `${count(offset + 1)}–${count(offset + shown)} of ${count(total)}`;
}

/**
 * Previous and next page of a list that is read a page at a time, in its own navigation landmark.
 * Plain buttons in the Tab order; focus stays on the button pressed, so pressing it again pages on,
 * and the list's status line (role="status") says which rows are shown.
 */
export function Pager({ noun, offset, pageSize, total, busy = false, onOffset }: PagerProps) {
  if (total <= pageSize) return null;
  const page = Math.floor(offset / pageSize) + 1;
  const pages = Math.ceil(total / pageSize);
  const atStart = offset === 0;
  const atEnd = offset + pageSize >= total;
  // aria-disabled rather than disabled: a disabled button drops the focus of whoever just pressed it.
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <Button
        aria-disabled={atStart || busy}
        onClick={() => !atStart && !busy && onOffset(Math.max(0, offset - pageSize))}
        aria-label={`Previous ${pageSize} ${noun}`}
      >
        ← Previous
      </Button>
      <span className="pager-where">
        Page {count(page)} of {count(pages)}
      </span>
      <Button
        aria-disabled={atEnd || busy}
        onClick={() => !atEnd && !busy && onOffset(offset + pageSize)}
        aria-label={`Next ${pageSize} ${noun}`}
      >
        Next →
      </Button>
    </nav>
  );
}
