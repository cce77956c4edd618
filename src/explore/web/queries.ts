// Every GraphQL document the explorer sends. The page talks to the public API only
// (POST /graphql); test/explore/queries.test.ts validates each document against the
// server's schema, so a renamed field fails a test instead of a user's click.

const EVIDENCE = `fragment Ev on Evidence { articleId sentence text start end article { id title source published } }`;

export const SEARCH = `query ExplorerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    id type label score
    entity {
      __typename
      ... on MeetingItem { meeting { name } }
      ... on Post { organization { name place { name } } }
      ... on Organization { place { name } }
      ... on Meeting { start place { name } }
      ... on Person { places { name } }
      ... on Place { parent { name } }
      ... on Article { published }
    }
  }
}`;

export const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    nodes { id label type }
    edges { id source target type weight }
    truncated
  }
}`;

export const PATH = `query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes { id label type }
    steps { source target type evidence { ...Ev } }
  }
}
${EVIDENCE}`;

export const PERSON = `query ExplorerPerson($id: ID!) {
  person(id: $id) {
    id name
    places { name }
    posts { title firstSeen lastSeen organization { name } }
    timeline { date kind summary evidence { ...Ev } }
  }
}
${EVIDENCE}`;

export const MEETING = `query ExplorerMeeting($id: ID!) {
  meeting(id: $id) {
    id name kind body term session sitting start end dateText
    place { name }
    articles { id title source published }
  }
}`;

export const POST = `query ExplorerPost($id: ID!) {
  post(id: $id) { id title names organization { name } holders { id name } }
}`;

export const ORGANIZATION = `query ExplorerOrganization($id: ID!) {
  organization(id: $id) { id name type place { name } }
}`;

export const PLACE = `query ExplorerPlace($id: ID!) {
  place(id: $id) { id name level parent { name } }
}`;

export const ARTICLE = `query ExplorerArticle($id: ID!) {
  article(id: $id) { id title source published chars }
}`;

/**
 * The evidence of one edge, by relationship type: each query asks the node at one end for
 * the relationships of that type, and `EDGE_EVIDENCE[type].pick` keeps those to the node
 * at the other end. (Structural edges, IN / OF / PART_OF, carry no evidence.)
 */
export const EDGE_EVIDENCE_QUERIES = {
  PRESIDED: `query EdgePresided($id: ID!) { meeting(id: $id) { people: presidedBy { id evidence { ...Ev } } } } ${EVIDENCE}`,
  SPOKE_AT: `query EdgeSpokeAt($id: ID!) { meeting(id: $id) { people: speakers { id evidence { ...Ev } } } } ${EVIDENCE}`,
  ATTENDED: `query EdgeAttended($id: ID!) { meeting(id: $id) { people: attendees { id evidence { ...Ev } } } } ${EVIDENCE}`,
  HOLDS: `query EdgeHolds($id: ID!) { post(id: $id) { people: holders { id evidence { ...Ev } } } } ${EVIDENCE}`,
  REPORTED: `query EdgeReported($id: ID!) { person(id: $id) { items: reported { id evidence { ...Ev } } } } ${EVIDENCE}`,
  ELECTED: `query EdgeElected($id: ID!) { meeting(id: $id) { elections { person { id } evidence { ...Ev } } } } ${EVIDENCE}`,
  APPROVED: `query EdgeApproved($id: ID!) { meeting(id: $id) { items: approved { id evidence { ...Ev } } } } ${EVIDENCE}`,
  PRESENTED_AT: `query EdgePresentedAt($id: ID!) { meeting(id: $id) { items: presented { id evidence { ...Ev } } } } ${EVIDENCE}`,
} as const;

export type FactEdgeType = keyof typeof EDGE_EVIDENCE_QUERIES;

const TENURE_END = `fragment End on TenureEnd { date precision explicit how evidence articleId }`;

/** A person's career (over every Person node of their identity), for the timeline. */
export const CAREER = `query ExplorerCareer($id: ID!) {
  career(person: $id) {
    personNode postId title organizationName acting firstSeen lastSeen
    start { ...End }
    end { ...End }
  }
}
${TENURE_END}`;

/** Where a post's organization sits: the place in a timeline row's label. */
export const POST_PLACE = `query ExplorerPostPlace($id: ID!) {
  post(id: $id) { id organization { name place { name } } }
}`;

/**
 * The sentences that can tell a tenure's end: the person's dated facts, their posts'
 * sightings and everyone's sightings of the post; the one from the end's article whose
 * span is the end's words is shown.
 */
export const TENURE_END_EVIDENCE = `query ExplorerTenureEndEvidence($person: ID!, $post: ID!, $article: ID!) {
  person(id: $person) {
    timeline { evidence { ...Ev } }
    posts { evidence { ...Ev } }
  }
  post(id: $post) { holders { evidence { ...Ev } } }
  article(id: $article) { id title source published }
}
${EVIDENCE}`;
