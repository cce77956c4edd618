// Placeholder: replaced by the esbuild bundle of the graphiql page (see docs/interfaces.md).
console.error('build-graphiql: nothing to bundle yet');
