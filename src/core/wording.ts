/**
 * A problem that names other inputs. The core words it with field names ("give a threshold below
 * 100 %"); a command words the same problem with the names its users typed ("give a --threshold").
 */
export type Wording = string | ((name: (field: string) => string) => string);

/** The core's own name for a field: the field itself. */
export const fieldName = (field: string): string => field;

export const wordWith = (wording: Wording, name: (field: string) => string): string =>
  typeof wording === 'string' ? wording : wording(name);
