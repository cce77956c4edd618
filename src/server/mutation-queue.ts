// Mutations run one at a time in a server, as an Apollo plugin: a mutation's execution
// waits until the one before it has finished, whether or not its client is still waiting.
//
// Why: a request the server has already answered (SERVICE_UNAVAILABLE during an outage,
// TIMEOUT) keeps executing in the background; the driver retries its write for up to 15 s,
// so it can commit after Neo4j comes back. A client that sends the same ingestArticle again
// meanwhile would race it (both see "not there yet", one then fails on the Article's
// uniqueness constraint). Queued behind it, the retry finds the article and says
// `unchanged`. Writes contend for the same nodes anyway (towns, posts, people), so running
// them in parallel buys little.
import type { ApolloServerPlugin } from '@apollo/server';

/** `maxHoldMs`: a mutation holds the queue at most this long (a safety net: Apollo ends every request with willSendResponse). */
export function mutationQueuePlugin(maxHoldMs: number): ApolloServerPlugin {
  let tail: Promise<void> = Promise.resolve();
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async executionDidStart({ operation }) {
          if (operation?.operation !== 'mutation') return;
          const previous = tail;
          tail = new Promise<void>((resolve) => {
            const safety = setTimeout(resolve, maxHoldMs);
            safety.unref();
            release = () => {
              clearTimeout(safety);
              resolve();
            };
          });
          await previous;
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
