// Two projects: `unit` needs nothing but Node; `integration` (*.int.test.ts) runs against a
// real Neo4j that test/setup/neo4j.global-setup.ts starts or reuses.
// Transpile-only (isolatedModules): fast, and `npm run build` type-checks the whole tree anyway.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }];
// htmlparser2 and its helpers ship as ES modules only: jest must transpile them to CommonJS
const esmOnlyPackages = ['htmlparser2', 'entities', 'domhandler', 'domelementtype', 'domutils', 'dom-serializer'];
const tsJestForEsm = ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true, module: 'commonjs', sourceMap: false } }];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': tsJest, [`node_modules/(${esmOnlyPackages.join('|')})/.+\\.js$`]: tsJestForEsm },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports = {
  // integration tests talk to a real database; generous, but bounded
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int.test.ts', '<rootDir>/test/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/test/setup/neo4j.global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/neo4j.global-teardown.ts',
    },
  ],
};
