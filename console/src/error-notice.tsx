import { errorMessage } from './i18n/error-messages';
import { useWords } from './i18n/language-context';

/** An error worded for a person, by its code: never a stack, a raw answer or JSON. */
export function ErrorNotice({ code }: { code: string }) {
  const { language } = useWords();
  return (
    <p role="alert" className="error" data-code={code}>
      {errorMessage(code, language)}
    </p>
  );
}
