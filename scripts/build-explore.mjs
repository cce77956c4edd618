// Placeholder: replaced by the esbuild bundle of the explore page (see docs/interfaces.md).
console.error('build-explore: nothing to bundle yet');
