// An article argument must have something to read: a text of only white space or control
// characters would be stored as an article without a word.
import { ValidateBy, ValidationOptions } from 'class-validator';
import { hasVisibleText } from '../../extract/blank';

/** class-validator decorator: a string with at least one visible character. */
export function HasVisibleText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasVisibleText',
      validator: {
        validate: (value) => typeof value === 'string' && hasVisibleText(value),
        defaultMessage: (args) => `${args?.property ?? 'the text'} holds no text, only white space or control characters`,
      },
    },
    options,
  );
}
