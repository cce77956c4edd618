// The example queries of the playground: one per question the API is built to answer.
// They open as GraphiQL's default tabs, are listed in docs/api.md, and the seed tests run
// every one of them against the sample articles (test/graphql/seed-questions.int.test.ts).
export interface ExampleQuery {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: ExampleQuery[] = [
  {
    title: 'Who presided over a meeting',
    query: `# Who presided over 华漕镇第六届人民代表大会第六次会议? (a session includes its sittings)
query WhoPresided {
  meetings(filter: { text: "华漕镇第六届人民代表大会第六次会议" }, first: 1) {
    edges {
      node {
        name
        start
        presidedBy {
          name
          evidence { sentence text article { source } }
        }
        sittings { name presidedBy { name } }
      }
    }
  }
}`,
  },
  {
    title: 'What a person reported, and the post they were elected to',
    query: `# What did 张然春 report, and at which meeting? To which post was 张然春 elected?
query ReportedAndElected {
  people(filter: { name: "张然春" }) {
    edges {
      node {
        name
        reported { __typename title meeting { name start } evidence { sentence } }
        elected { title mode post { title organization { name } } meeting { name } evidence { sentence } }
      }
    }
  }
}`,
  },
  {
    title: 'Everything a meeting approved',
    query: `# Everything approved at 泖港镇第六届人民代表大会第八次会议
query Approved {
  meetings(filter: { text: "泖港镇第六届人民代表大会第八次会议" }, first: 1) {
    edges {
      node {
        name
        approved { __typename title evidence { text } }
        reports { title reporter { name } }
        elections { person { name } post { title } mode }
      }
    }
  }
}`,
  },
  {
    title: "A person's posts and meetings",
    query: `# Every post 杜劲松 holds and every meeting he presided over or spoke at
query PostsAndMeetings {
  people(filter: { name: "杜劲松" }) {
    edges {
      node {
        name
        posts { title organization { name } firstSeen lastSeen }
        presided { name start evidence { sentence } }
        spokeAt { name start }
        timeline { date kind summary }
      }
    }
  }
}`,
  },
  {
    title: 'How two people are connected',
    query: `# How are 杜劲松 and 张然春 connected? (ids come from search or people)
query Connection($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    nodes { id label type }
    steps { source type target evidence { sentence article { source } } }
  }
}`,
    variables: { from: 'person:310117109/杜劲松', to: 'person:310117109/张然春' },
  },
  {
    title: 'The neighbourhood of a meeting',
    query: `# Nodes and edges around a meeting, ready for a graph library
query Neighbourhood($id: ID!) {
  neighborhood(id: $id, depth: 1, limit: 100) {
    truncated
    nodes { id label type }
    edges { id source target type weight }
  }
}`,
    variables: { id: 'meeting:310117109/congress/6/8' },
  },
  {
    title: 'Search',
    query: `# Full-text search over names and titles (Chinese-aware)
query Search {
  search(text: "预算", first: 10) {
    type label score
    entity { ... on Meeting { name } ... on Budget { title meeting { name } } }
  }
}`,
  },
];
