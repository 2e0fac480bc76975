/** Normalisation applied after validation: what is stored is what was meant. */

/** Trimmed text; blank counts as absent. */
export function optionalText(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** Distinct values in the order given. */
export const distinct = <T>(values: readonly T[] | null | undefined): T[] => [...new Set(values ?? [])];
