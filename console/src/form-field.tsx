import type { ReactNode } from 'react';
import { useWords } from './i18n/language-context';

/** What a form field gives its control: the id its label names, and the marks of a refused field. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

interface FormFieldProps {
  /** The control's id; `${id}-error` is the id of the words saying the field was refused. */
  id: string;
  label: string;
  /** The field as the API names it when it refuses it (`data-field-error`). */
  name: string;
  /** The API refused this field: the control is marked invalid and described by the words saying so. */
  refused: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control; the field the API refused is marked and says so. */
export function FormField({ id, label, name, refused, children }: FormFieldProps) {
  const { t } = useWords();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': refused || undefined, 'aria-describedby': refused ? errorId : undefined })}
      {refused && (
        <p id={errorId} className="error" data-field-error={name}>
          {t('fieldInvalid')}
        </p>
      )}
    </div>
  );
}
