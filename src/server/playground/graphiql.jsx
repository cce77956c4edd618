// The playground page: GraphiQL, bundled by scripts/build-graphiql.mjs (esbuild) into
// dist/public/graphiql, so it works without internet access. It talks to /graphql on the
// same server and opens with the example queries as tabs.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { EXAMPLES } from './examples';

const endpoint = new URL('/graphql', window.location.href).toString();

/** Posts the operation as JSON; GraphiQL passes the headers typed in its Headers tab (the API token for mutations). */
async function fetcher(params, options) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return res.json();
}

const tabs = EXAMPLES.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined }));

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
  }),
);
