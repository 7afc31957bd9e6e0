/** A whole number typed into a number field, or null when what is typed is not one. */
export function wholeNumber(typed: string): number | null {
  const value = Number(typed);
  return typed.trim() !== '' && Number.isInteger(value) ? value : null;
}
