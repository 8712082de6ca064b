import { useState } from 'react';
import type { ErrorInfo } from '../../shared/result';
import { placeServerError } from './validate';

/** Field errors (already translated) plus one form-level error, for a dialog form. */
export function useFormErrors() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [form, setForm] = useState<string | null>(null);
  return {
    fields,
    form,
    setFields: (next: Record<string, string>) => {
      setFields(next);
      setForm(null);
    },
    fromServer: (error: ErrorInfo) => {
      const placed = placeServerError(error);
      if (placed.field) setFields({ [placed.field]: placed.message });
      else setForm(placed.message);
    },
  };
}
