// Argument validation for type-graphql (its `validateFn` hook): runs the class-validator
// decorators of the args classes and turns failures into one GraphQL error with code
// BAD_USER_INPUT whose message says which argument is wrong and why.
import { validate, ValidationError } from 'class-validator';
import { GraphQLError } from 'graphql';

export async function validateArgs(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = await validate(argValue, { forbidUnknownValues: false });
  if (errors.length === 0) return;
  const problems = flatten(errors);
  throw new GraphQLError(`invalid argument: ${problems.join('; ')}`, { extensions: { code: 'BAD_USER_INPUT', problems } });
}

function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const name = prefix + e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => m.replace(e.property, name));
    return [...own, ...flatten(e.children ?? [], `${name}.`)];
  });
}
