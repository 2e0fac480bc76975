import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FormField, type ControlProps } from './form-field';

/** The field with a text input, as the page gets it (Dutch: the console's default language). */
const render = (refused: boolean) =>
  renderToStaticMarkup(
    createElement(FormField, {
      id: 'submit-person-name',
      label: 'Naam',
      name: 'person.name',
      refused,
      children: (control: ControlProps) => createElement('input', control),
    }),
  );

describe('FormField: a labelled control that says when the API refused it', () => {
  it('labels its control by id and marks nothing while the field is not refused', () => {
    expect(render(false)).toBe('<div class="field"><label for="submit-person-name">Naam</label><input id="submit-person-name"/></div>');
  });

  it('marks a refused field invalid and describes it by the words saying so, named by the field', () => {
    expect(render(true)).toBe(
      '<div class="field"><label for="submit-person-name">Naam</label>' +
        '<input id="submit-person-name" aria-invalid="true" aria-describedby="submit-person-name-error"/>' +
        '<p id="submit-person-name-error" class="error" data-field-error="person.name">Deze invoer neemt de hub niet aan.</p></div>',
    );
  });
});
