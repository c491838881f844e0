import { useLayoutEffect, useState } from 'preact/hooks';

/** What a list editor needs to know to add and remove rows accessibly. */
export type RowListOptions<T> = {
  /** The row a press of "Add" appends. */
  empty: T;
  /** The id of a row's first field, where focus goes after adding or removing. */
  firstFieldId: (index: number) => string;
  /** The id of the "Add" button, where focus goes when the last row is removed. */
  addId: string;
  /** What the status line says after adding or removing row `n` (1-based). */
  added: (n: number) => string;
  removed: (n: number) => string;
};

/**
 * Rows added, edited and removed with ordinary buttons, so every action works from the keyboard (no
 * drag-only actions): focus moves to the new row, or to the row that took a removed row's place, and a
 * status line announces the change.
 */
export function useRowList<T extends Record<string, string>>(rows: T[], onChange: (rows: T[]) => void, options: RowListOptions<T>) {
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);
  return {
    announcement,
    /** A change handler for one field of one row. */
    update: (index: number, field: keyof T) => (value: string) =>
      onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row))),
    add: () => {
      onChange([...rows, options.empty]);
      setAnnouncement(options.added(rows.length + 1));
      setFocusId(options.firstFieldId(rows.length));
    },
    remove: (index: number) => {
      const next = rows.filter((_, i) => i !== index);
      onChange(next);
      setAnnouncement(options.removed(index + 1));
      setFocusId(next.length === 0 ? options.addId : options.firstFieldId(Math.min(index, next.length - 1)));
    },
  };
}

/** The "Add" button under a list, its error (e.g. "Add at least one"), and the status line that announces changes. */
export function AddRow({
  id,
  label,
  onAdd,
  error,
  announcement,
}: {
  id: string;
  label: string;
  onAdd: () => void;
  error?: string | undefined;
  announcement: string;
}) {
  return (
    <>
      <div class="button-row">
        <button type="button" id={id} class="button button--secondary" onClick={onAdd} aria-describedby={error ? `${id}-error` : undefined}>
          {label}
        </button>
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
