# The GraphQL API as an image (used by docker-compose.yml, which also runs Neo4j).
# Neo4j is not in this image: the server is pointed at one by NEO4J_URI / NEO4J_USER /
# NEO4J_PASSWORD / NEO4J_DATABASE, so it never tries to start the Java-based local one.

# Build stage: all dependencies (TypeScript, esbuild), compile, then drop the dev ones.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# bin/ is a local package the project depends on (file:bin, the `kg` command): npm ci links it
COPY bin/ bin/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

# Run stage: the built tree. The whole tree, not a hand-picked list, because the server
# reads files next to dist/ at run time (cypher/, seeds/, schema/, src/gazetteer/data/).
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000
CMD ["node", "dist/src/server/main.js"]
