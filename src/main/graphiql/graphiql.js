// GraphiQL for /graphiql, bundled by build.mjs: React, GraphiQL, the explorer plugin and Monaco's workers are all
// served by the app itself (nothing from another origin). The page calls start() with the example tabs.
import React from 'react';
import ReactDOM from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

// Monaco's workers, bundled next to this file (build.mjs).
const workers = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return new Worker(new URL(workers[label] ?? 'editor.worker.js', import.meta.url));
  },
};

/** Renders GraphiQL into the container, one tab per example query, against the endpoint of ?path= (same origin). */
export function start(container, exampleTabs) {
  const params = new URLSearchParams(window.location.search);
  const url = new URL(params.get('path') || '/graphql', `${location.protocol}//${location.host}`);
  if (url.origin !== location.origin) {
    throw new Error('GraphQL endpoint must resolve to the same origin as this page');
  }
  const wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const wsOrigin = `${wsProtocol}//${location.host}`;
  const subscriptionUrl = new URL(params.get('wsPath') || '/graphql', wsOrigin);
  if (subscriptionUrl.origin !== wsOrigin) {
    throw new Error('GraphQL WebSocket endpoint must resolve to the same origin as this page');
  }
  const fetcher = createGraphiQLFetcher({ url, subscriptionUrl });
  const xsrfToken = document.cookie.match(/(?:^| )XSRF-TOKEN=([^;]+)/);
  const initialHeaders = xsrfToken ? `{ "X-XSRF-TOKEN" : "${xsrfToken[1]}" }` : '{}';
  const plugins = [HISTORY_PLUGIN, explorerPlugin()];
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: exampleTabs,
      defaultQuery: exampleTabs.length ? exampleTabs[0].query : undefined,
      defaultEditorToolsVisibility: true,
      headerEditorEnabled: true,
      shouldPersistHeaders: true,
      initialHeaders,
      plugins,
    }),
  );
}
