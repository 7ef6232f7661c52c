// Relay fragments on the live schema (relay-compiler checks them in TypedClientsTests): a paginated list with
// @connection, and a fragment made refetchable through node(id).
declare function graphql(strings: TemplateStringsArray): unknown;

export const peopleList = graphql`
  fragment People_query on Query
  @refetchable(queryName: "PeoplePaginationQuery")
  @argumentDefinitions(count: { type: "PositiveInt", defaultValue: 20 }, cursor: { type: "String" }) {
    people(first: $count, after: $cursor) @connection(key: "People_people") {
      totalCount
      edges {
        node {
          ...People_person
        }
      }
    }
  }
`;

export const person = graphql`
  fragment People_person on Person @refetchable(queryName: "PersonRefetchQuery") {
    id
    name
    nameEn
    sources {
      source {
        publishedOn
        language
      }
      evidence
    }
  }
`;

export const appQuery = graphql`
  query PeopleAppQuery {
    ...People_query
  }
`;
