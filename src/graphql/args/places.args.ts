import { IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { LIMITS } from '../guards/limits';

@InputType({ description: 'At least one field; given fields must all match.' })
export class PlaceFilter {
  @Field(() => String, { nullable: true, description: 'The start of the name, e.g. 泖港 (finds 泖港镇).' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.maxTextLength)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A statistical division code or its start, e.g. 310117 (松江区 and the places in it).' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'code must be 2 to 12 digits (a statistical division code or its start)' })
  code?: string | null;
}

@ArgsType()
export class PlacesArgs {
  @Field(() => PlaceFilter)
  @ValidateNested()
  filter!: PlaceFilter;

  @Field(() => Int, { nullable: true, defaultValue: LIMITS.defaultFirst, description: `How many places (1–${LIMITS.maxFirst}).` })
  @Min(1)
  @Max(LIMITS.maxFirst)
  first: number = LIMITS.defaultFirst;
}
