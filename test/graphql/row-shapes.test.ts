// A brief meeting row (meetings-page's light rows: id, name, start) must not answer a field
// that reads another stored property. MEETING_DETAIL_FIELDS lists those properties; a new
// scalar field on Meeting has to be put on one side or the other, or this fails.
import { getNamedType, GraphQLObjectType, isScalarType } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { isBriefMeetingSelection, MEETING_DETAIL_FIELDS } from '../../src/graphql/types/meeting.type';

const BRIEF = new Set(['id', 'name', 'start']);

it('sorts every stored field of Meeting into the brief row or the detail fields', () => {
  const meeting = buildGraphQLSchema().getType('Meeting') as GraphQLObjectType;
  for (const [name, field] of Object.entries(meeting.getFields())) {
    const stored = isScalarType(getNamedType(field.type)) && !field.resolve;
    if (stored) expect({ name, sorted: BRIEF.has(name) || MEETING_DETAIL_FIELDS.has(name) }).toEqual({ name, sorted: true });
  }
  expect(MEETING_DETAIL_FIELDS.has('evidence')).toBe(true);
});

it('takes a selection as brief only when it asks nothing a brief row lacks', () => {
  expect(isBriefMeetingSelection(new Set(['id', 'name', 'start', 'presidedBy', 'place']))).toBe(true);
  expect(isBriefMeetingSelection(new Set(['id', 'kind']))).toBe(false);
  expect(isBriefMeetingSelection(new Set(['name', 'evidence']))).toBe(false);
});
